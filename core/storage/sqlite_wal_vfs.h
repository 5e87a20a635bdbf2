#pragma once

namespace paydesk {

// SQLite's default file layer ("unix"), with one change: the frames a transaction appends to a write-ahead log are
// gathered in memory and written when the transaction's commit frame is complete, one pwrite per 128 KiB (the most
// the unix layer writes at once), instead of two pwrites per page (SQLite writes each frame's 24-byte header, then
// its page). Under a flood of webhooks a batch appends about seventy pieces to the log, and on a virtual machine,
// where every system call is dear, writing them one by one was 28% of the database threads' CPU.
//
// Nothing else changes: a commit's frames are in the file before the commit returns (before other connections can
// learn of them from the wal-index), a sync, a read, a size or a truncation of the log sees everything written
// before it, and a write that fails is reported by the call that writes, so SQLite rolls the transaction back as
// with its own layer. Files other than logs pass straight through.
//
// Installs the layer as the process's default VFS (Qt's SQLite driver opens through the default); once, before the
// first connection. Returns false, leaving SQLite's own default, when it cannot.
bool installSqliteWalVfs();

// The name the layer is registered under, for tests that check a connection uses it.
inline constexpr const char* kSqliteWalVfsName = "paydesk-wal-batching";

} // namespace paydesk
