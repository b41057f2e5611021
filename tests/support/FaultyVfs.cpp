// SPDX-License-Identifier: GPL-3.0-or-later
#include "FaultyVfs.h"

#include <sqlite3.h>

#include <cstdlib>
#include <cstring>

namespace ss::test {

std::atomic<FaultyVfs::Fault> FaultyVfs::s_fault {FaultyVfs::Fault::None};
std::atomic<int> FaultyVfs::s_writesLeft {0};
std::atomic<int> FaultyVfs::s_injected {0};

namespace {

sqlite3_vfs* g_real = nullptr;
sqlite3_vfs g_vfs {};

/// A file of the faulty VFS: its own methods first, then the real file it forwards to.
struct FaultyFile
{
    sqlite3_file base;
    sqlite3_file* real;
};

sqlite3_file* real(sqlite3_file* file)
{
    return reinterpret_cast<FaultyFile*>(file)->real;
}

/// Whether this write (or sync) is one to fail, and with what.
int injectedFault(bool sync)
{
    const FaultyVfs::Fault fault = FaultyVfs::s_fault.load();
    if (fault == FaultyVfs::Fault::None || (fault == FaultyVfs::Fault::SyncError) != sync)
        return SQLITE_OK;
    if (FaultyVfs::s_writesLeft.fetch_sub(1) > 0)
        return SQLITE_OK;
    ++FaultyVfs::s_injected;
    switch (fault) {
    case FaultyVfs::Fault::DiskFull: return SQLITE_FULL;
    case FaultyVfs::Fault::WriteError: return SQLITE_IOERR_WRITE;
    case FaultyVfs::Fault::SyncError: return SQLITE_IOERR_FSYNC;
    case FaultyVfs::Fault::None: break;
    }
    return SQLITE_OK;
}

int fileClose(sqlite3_file* file)
{
    sqlite3_file* inner = real(file);
    const int rc = inner->pMethods != nullptr ? inner->pMethods->xClose(inner) : SQLITE_OK;
    std::free(inner);
    return rc;
}
int fileRead(sqlite3_file* f, void* buffer, int amount, sqlite3_int64 offset)
{
    return real(f)->pMethods->xRead(real(f), buffer, amount, offset);
}
int fileWrite(sqlite3_file* f, const void* buffer, int amount, sqlite3_int64 offset)
{
    if (const int rc = injectedFault(false); rc != SQLITE_OK)
        return rc;
    return real(f)->pMethods->xWrite(real(f), buffer, amount, offset);
}
int fileTruncate(sqlite3_file* f, sqlite3_int64 size)
{
    return real(f)->pMethods->xTruncate(real(f), size);
}
int fileSync(sqlite3_file* f, int flags)
{
    if (const int rc = injectedFault(true); rc != SQLITE_OK)
        return rc;
    return real(f)->pMethods->xSync(real(f), flags);
}
int fileSize(sqlite3_file* f, sqlite3_int64* size)
{
    return real(f)->pMethods->xFileSize(real(f), size);
}
int fileLock(sqlite3_file* f, int level)
{
    return real(f)->pMethods->xLock(real(f), level);
}
int fileUnlock(sqlite3_file* f, int level)
{
    return real(f)->pMethods->xUnlock(real(f), level);
}
int fileCheckReservedLock(sqlite3_file* f, int* out)
{
    return real(f)->pMethods->xCheckReservedLock(real(f), out);
}
int fileControl(sqlite3_file* f, int op, void* arg)
{
    return real(f)->pMethods->xFileControl(real(f), op, arg);
}
int fileSectorSize(sqlite3_file* f)
{
    return real(f)->pMethods->xSectorSize(real(f));
}
int fileDeviceCharacteristics(sqlite3_file* f)
{
    return real(f)->pMethods->xDeviceCharacteristics(real(f));
}
int fileShmMap(sqlite3_file* f, int page, int pageSize, int extend, void volatile** out)
{
    return real(f)->pMethods->xShmMap(real(f), page, pageSize, extend, out);
}
int fileShmLock(sqlite3_file* f, int offset, int n, int flags)
{
    return real(f)->pMethods->xShmLock(real(f), offset, n, flags);
}
void fileShmBarrier(sqlite3_file* f)
{
    real(f)->pMethods->xShmBarrier(real(f));
}
int fileShmUnmap(sqlite3_file* f, int deleteFlag)
{
    return real(f)->pMethods->xShmUnmap(real(f), deleteFlag);
}
int fileFetch(sqlite3_file* f, sqlite3_int64 offset, int amount, void** out)
{
    return real(f)->pMethods->xFetch(real(f), offset, amount, out);
}
int fileUnfetch(sqlite3_file* f, sqlite3_int64 offset, void* page)
{
    return real(f)->pMethods->xUnfetch(real(f), offset, page);
}

const sqlite3_io_methods kMethods {3, fileClose, fileRead, fileWrite, fileTruncate, fileSync, fileSize, fileLock,
    fileUnlock, fileCheckReservedLock, fileControl, fileSectorSize, fileDeviceCharacteristics, fileShmMap, fileShmLock,
    fileShmBarrier, fileShmUnmap, fileFetch, fileUnfetch};

int vfsOpen(sqlite3_vfs*, const char* name, sqlite3_file* file, int flags, int* outFlags)
{
    auto* faulty = reinterpret_cast<FaultyFile*>(file);
    faulty->base.pMethods = nullptr;
    faulty->real = static_cast<sqlite3_file*>(std::calloc(1, static_cast<std::size_t>(g_real->szOsFile)));
    if (faulty->real == nullptr)
        return SQLITE_NOMEM;
    const int rc = g_real->xOpen(g_real, name, faulty->real, flags, outFlags);
    if (rc != SQLITE_OK) {
        std::free(faulty->real);
        faulty->real = nullptr;
        return rc;
    }
    faulty->base.pMethods = &kMethods;
    return SQLITE_OK;
}
int vfsDelete(sqlite3_vfs*, const char* name, int syncDir)
{
    return g_real->xDelete(g_real, name, syncDir);
}
int vfsAccess(sqlite3_vfs*, const char* name, int flags, int* out)
{
    return g_real->xAccess(g_real, name, flags, out);
}
int vfsFullPathname(sqlite3_vfs*, const char* name, int size, char* out)
{
    return g_real->xFullPathname(g_real, name, size, out);
}
void* vfsDlOpen(sqlite3_vfs*, const char* name)
{
    return g_real->xDlOpen(g_real, name);
}
void vfsDlError(sqlite3_vfs*, int size, char* out)
{
    g_real->xDlError(g_real, size, out);
}
void (*vfsDlSym(sqlite3_vfs*, void* handle, const char* symbol))(void)
{
    return g_real->xDlSym(g_real, handle, symbol);
}
void vfsDlClose(sqlite3_vfs*, void* handle)
{
    g_real->xDlClose(g_real, handle);
}
int vfsRandomness(sqlite3_vfs*, int size, char* out)
{
    return g_real->xRandomness(g_real, size, out);
}
int vfsSleep(sqlite3_vfs*, int microseconds)
{
    return g_real->xSleep(g_real, microseconds);
}
int vfsCurrentTime(sqlite3_vfs*, double* out)
{
    return g_real->xCurrentTime(g_real, out);
}
int vfsGetLastError(sqlite3_vfs*, int size, char* out)
{
    return g_real->xGetLastError(g_real, size, out);
}
int vfsCurrentTimeInt64(sqlite3_vfs*, sqlite3_int64* out)
{
    return g_real->xCurrentTimeInt64(g_real, out);
}

} // namespace

FaultyVfs::FaultyVfs()
{
    sqlite3_initialize();
    g_real = sqlite3_vfs_find("unix");
    g_vfs = sqlite3_vfs {};
    g_vfs.iVersion = 2;
    g_vfs.szOsFile = static_cast<int>(sizeof(FaultyFile));
    g_vfs.mxPathname = g_real->mxPathname;
    g_vfs.zName = "secondsale-faulty";
    g_vfs.xOpen = vfsOpen;
    g_vfs.xDelete = vfsDelete;
    g_vfs.xAccess = vfsAccess;
    g_vfs.xFullPathname = vfsFullPathname;
    g_vfs.xDlOpen = vfsDlOpen;
    g_vfs.xDlError = vfsDlError;
    g_vfs.xDlSym = vfsDlSym;
    g_vfs.xDlClose = vfsDlClose;
    g_vfs.xRandomness = vfsRandomness;
    g_vfs.xSleep = vfsSleep;
    g_vfs.xCurrentTime = vfsCurrentTime;
    g_vfs.xGetLastError = vfsGetLastError;
    g_vfs.xCurrentTimeInt64 = vfsCurrentTimeInt64;
    s_fault = Fault::None;
    s_injected = 0;
    sqlite3_vfs_register(&g_vfs, 1); // the default from now on
}

FaultyVfs::~FaultyVfs()
{
    s_fault = Fault::None;
    sqlite3_vfs_unregister(&g_vfs); // "unix" is the default again
}

void FaultyVfs::arm(Fault fault, int afterWrites)
{
    s_writesLeft = afterWrites;
    s_fault = fault;
}

} // namespace ss::test
