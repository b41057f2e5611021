// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Fault injection for the store: an SQLite VFS that forwards to the real one ("unix") and, when
// armed, fails writes as a full disk or a dying disk would, or fails fsync. Installed as the
// default VFS for its lifetime, so the code under test opens its store exactly as it always does.
#include <atomic>

namespace ss::test {

class FaultyVfs final
{
public:
    enum class Fault {
        None,
        DiskFull, ///< xWrite → SQLITE_FULL (no space left on device)
        WriteError, ///< xWrite → SQLITE_IOERR_WRITE (EIO)
        SyncError, ///< xSync → SQLITE_IOERR_FSYNC (the disk acknowledged nothing)
    };

    FaultyVfs();
    ~FaultyVfs();
    FaultyVfs(const FaultyVfs&) = delete;
    FaultyVfs& operator=(const FaultyVfs&) = delete;

    /// From now on, every write (or sync) after the first `afterWrites` fails with `fault`.
    void arm(Fault fault, int afterWrites = 0);
    void disarm() { arm(Fault::None); }
    /// Faults injected since construction.
    [[nodiscard]] int injected() const { return s_injected.load(); }

    // The VFS is process-wide in SQLite, so its state is too (one FaultyVfs at a time).
    static std::atomic<Fault> s_fault;
    static std::atomic<int> s_writesLeft;
    static std::atomic<int> s_injected;
};

} // namespace ss::test
