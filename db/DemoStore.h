// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Connection.h"
#include "demo/DemoStoreGenerator.h"

namespace ss::db {

/// The published key of the demo store. The demo holds invented people only; the window title says
/// that it is open with this key so nobody mistakes it for a protected store.
inline constexpr char kDemoKey[] = "secondsale-demo";

/// Generates the demo store into a new database at `path` (built under a temporary name and renamed
/// when complete, so an interrupted run never leaves half a store). Refuses an existing file.
[[nodiscard]] core::Result<core::DemoSummary> createDemoStore(
    const QString& path, const QByteArray& key, const core::DemoOptions& options, const CipherSettings& cipher = {});

} // namespace ss::db
