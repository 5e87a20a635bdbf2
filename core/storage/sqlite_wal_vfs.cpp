#include "storage/sqlite_wal_vfs.h"

#include <algorithm>
#include <cstring>
#include <mutex>
#include <sqlite3.h>
#include <vector>

namespace paydesk {

namespace {

constexpr int kFrameHeaderBytes = 24;           // SQLite's WAL frame header; a log's own header is 32 bytes
constexpr size_t kMaxBufferBytes = 8u << 20;    // a transaction bigger than this is written in parts of this size
constexpr size_t kMaxWriteBytes = 0x1ffff;      // the most SQLite's unix layer writes in one call (it masks the size)
constexpr size_t kKeptCapacityBytes = 1u << 20; // what a log's buffer keeps between commits: a flood's batch fits
sqlite3_vfs* g_base = nullptr;                  // SQLite's own default, which does the real work

// Our file object: SQLite allocates szOsFile bytes for it, ours first, the base VFS's file right behind.
struct File
{
    sqlite3_file base;      // what SQLite sees; pMethods points at kMethods
    sqlite3_file* real;     // the base VFS's file, in the same allocation
    bool isLog;             // a -wal file: its appends are gathered
    bool commitPending;     // the last frame header seen carries a commit marker: write what follows at once
    sqlite3_int64 bufferAt; // the file offset of buffer[0]
    std::vector<char>* buffer;
};

File* asFile(sqlite3_file* file)
{
    return reinterpret_cast<File*>(file);
}

sqlite3_file* realOf(sqlite3_file* file)
{
    return asFile(file)->real;
}

// Writes what is gathered; on failure the pieces are dropped, as a failed pwrite would have lost them, and the
// error goes to the caller, whose transaction SQLite then rolls back.
int flush(File* file)
{
    if (!file->buffer || file->buffer->empty())
        return SQLITE_OK;
    std::vector<char>& buffer = *file->buffer;
    int rc = SQLITE_OK;
    for (size_t done = 0; done < buffer.size() && rc == SQLITE_OK; done += kMaxWriteBytes) {
        const size_t piece = std::min(kMaxWriteBytes, buffer.size() - done);
        rc = file->real->pMethods->xWrite(file->real, buffer.data() + done, int(piece),
                                          file->bufferAt + sqlite3_int64(done));
    }
    buffer.clear();
    if (buffer.capacity() > kKeptCapacityBytes)
        buffer.shrink_to_fit(); // a migration's big transaction should not stay reserved on every connection
    return rc;
}

int fileClose(sqlite3_file* file)
{
    File* self = asFile(file);
    const int flushed = flush(self);
    const int closed = self->real->pMethods->xClose(self->real);
    delete self->buffer;
    self->buffer = nullptr;
    return flushed != SQLITE_OK ? flushed : closed;
}

int fileRead(sqlite3_file* file, void* data, int amount, sqlite3_int64 offset)
{
    if (const int rc = flush(asFile(file)); rc != SQLITE_OK)
        return rc;
    return realOf(file)->pMethods->xRead(realOf(file), data, amount, offset);
}

bool carriesCommitMarker(const void* header)
{
    // Bytes 4-7 of a frame header hold the database's size in pages after a commit, and zero in other frames.
    unsigned char size[4];
    std::memcpy(size, static_cast<const char*>(header) + 4, sizeof size);
    return (size[0] | size[1] | size[2] | size[3]) != 0;
}

int fileWrite(sqlite3_file* file, const void* data, int amount, sqlite3_int64 offset)
{
    File* self = asFile(file);
    if (!self->isLog)
        return self->real->pMethods->xWrite(self->real, data, amount, offset);
    if (amount == kFrameHeaderBytes)
        self->commitPending = carriesCommitMarker(data);
    std::vector<char>& buffer = *self->buffer;
    // Only an append to what is gathered joins it; anything else (SQLite rewriting a frame of this transaction in
    // place, a log starting over at its beginning) writes what is gathered first, so writes land in their order.
    const bool appends = !buffer.empty() && offset == self->bufferAt + sqlite3_int64(buffer.size());
    if (!appends || buffer.size() + size_t(amount) > kMaxBufferBytes) {
        if (const int rc = flush(self); rc != SQLITE_OK)
            return rc;
        self->bufferAt = offset;
    }
    const char* bytes = static_cast<const char*>(data);
    buffer.insert(buffer.end(), bytes, bytes + amount);
    // A commit frame is complete once its page follows its header: from then on readers may look for it.
    if (self->commitPending && amount != kFrameHeaderBytes)
        return flush(self);
    return SQLITE_OK;
}

int fileTruncate(sqlite3_file* file, sqlite3_int64 size)
{
    if (const int rc = flush(asFile(file)); rc != SQLITE_OK)
        return rc;
    return realOf(file)->pMethods->xTruncate(realOf(file), size);
}

int fileSync(sqlite3_file* file, int flags)
{
    if (const int rc = flush(asFile(file)); rc != SQLITE_OK)
        return rc;
    return realOf(file)->pMethods->xSync(realOf(file), flags);
}

int fileSize(sqlite3_file* file, sqlite3_int64* size)
{
    if (const int rc = flush(asFile(file)); rc != SQLITE_OK)
        return rc;
    return realOf(file)->pMethods->xFileSize(realOf(file), size);
}

int fileLock(sqlite3_file* file, int level)
{
    return realOf(file)->pMethods->xLock(realOf(file), level);
}

int fileUnlock(sqlite3_file* file, int level)
{
    return realOf(file)->pMethods->xUnlock(realOf(file), level);
}

int fileCheckReservedLock(sqlite3_file* file, int* reserved)
{
    return realOf(file)->pMethods->xCheckReservedLock(realOf(file), reserved);
}

int fileControl(sqlite3_file* file, int op, void* argument)
{
    // Some controls sync, size or hand out the file: everything written so far must be in it first.
    if (const int rc = flush(asFile(file)); rc != SQLITE_OK)
        return rc;
    return realOf(file)->pMethods->xFileControl(realOf(file), op, argument);
}

int fileSectorSize(sqlite3_file* file)
{
    return realOf(file)->pMethods->xSectorSize(realOf(file));
}

int fileDeviceCharacteristics(sqlite3_file* file)
{
    return realOf(file)->pMethods->xDeviceCharacteristics(realOf(file));
}

int fileShmMap(sqlite3_file* file, int region, int regionSize, int extend, void volatile** mapped)
{
    return realOf(file)->pMethods->xShmMap(realOf(file), region, regionSize, extend, mapped);
}

int fileShmLock(sqlite3_file* file, int offset, int count, int flags)
{
    return realOf(file)->pMethods->xShmLock(realOf(file), offset, count, flags);
}

void fileShmBarrier(sqlite3_file* file)
{
    realOf(file)->pMethods->xShmBarrier(realOf(file));
}

int fileShmUnmap(sqlite3_file* file, int deleteFlag)
{
    return realOf(file)->pMethods->xShmUnmap(realOf(file), deleteFlag);
}

int fileFetch(sqlite3_file* file, sqlite3_int64 offset, int amount, void** page)
{
    return realOf(file)->pMethods->xFetch(realOf(file), offset, amount, page);
}

int fileUnfetch(sqlite3_file* file, sqlite3_int64 offset, void* page)
{
    return realOf(file)->pMethods->xUnfetch(realOf(file), offset, page);
}

// Version 3, as the unix layer's own methods (every file it opens has them): everything is forwarded to them.
const sqlite3_io_methods kMethods = {3,
                                     fileClose,
                                     fileRead,
                                     fileWrite,
                                     fileTruncate,
                                     fileSync,
                                     fileSize,
                                     fileLock,
                                     fileUnlock,
                                     fileCheckReservedLock,
                                     fileControl,
                                     fileSectorSize,
                                     fileDeviceCharacteristics,
                                     fileShmMap,
                                     fileShmLock,
                                     fileShmBarrier,
                                     fileShmUnmap,
                                     fileFetch,
                                     fileUnfetch};

constexpr size_t realFileOffset()
{
    return (sizeof(File) + 7) & ~size_t(7);
}

int vfsOpen(sqlite3_vfs*, sqlite3_filename name, sqlite3_file* file, int flags, int* outFlags)
{
    File* self = asFile(file);
    self->base.pMethods = nullptr;
    self->real = reinterpret_cast<sqlite3_file*>(reinterpret_cast<char*>(file) + realFileOffset());
    self->isLog = (flags & SQLITE_OPEN_WAL) != 0;
    self->commitPending = false;
    self->bufferAt = 0;
    self->buffer = nullptr;
    const int rc = g_base->xOpen(g_base, name, self->real, flags, outFlags);
    if (rc != SQLITE_OK || !self->real->pMethods)
        return rc; // SQLite closes nothing whose pMethods stayed null
    // Only the log gathers writes: its buffer would stay empty on every other file. And only where overwrites are
    // power-safe (the unix layer's default): otherwise SQLite pads a commit to a sector boundary and may split a
    // frame around a sync, and a piece of 24 bytes there would pass for a frame header.
    const int device = self->real->pMethods->xDeviceCharacteristics(self->real);
    self->isLog = self->isLog && (device & SQLITE_IOCAP_POWERSAFE_OVERWRITE) != 0;
    if (self->isLog)
        self->buffer = new std::vector<char>();
    self->base.pMethods = &kMethods;
    return SQLITE_OK;
}

// The rest of the VFS is SQLite's own.
int vfsDelete(sqlite3_vfs*, const char* name, int syncDir)
{
    return g_base->xDelete(g_base, name, syncDir);
}
int vfsAccess(sqlite3_vfs*, const char* name, int flags, int* result)
{
    return g_base->xAccess(g_base, name, flags, result);
}
int vfsFullPathname(sqlite3_vfs*, const char* name, int size, char* out)
{
    return g_base->xFullPathname(g_base, name, size, out);
}
void* vfsDlOpen(sqlite3_vfs*, const char* name)
{
    return g_base->xDlOpen(g_base, name);
}
void vfsDlError(sqlite3_vfs*, int size, char* message)
{
    g_base->xDlError(g_base, size, message);
}
void (*vfsDlSym(sqlite3_vfs*, void* library, const char* symbol))()
{
    return g_base->xDlSym(g_base, library, symbol);
}
void vfsDlClose(sqlite3_vfs*, void* library)
{
    g_base->xDlClose(g_base, library);
}
int vfsRandomness(sqlite3_vfs*, int size, char* out)
{
    return g_base->xRandomness(g_base, size, out);
}
int vfsSleep(sqlite3_vfs*, int micros)
{
    return g_base->xSleep(g_base, micros);
}
int vfsCurrentTime(sqlite3_vfs*, double* now)
{
    return g_base->xCurrentTime(g_base, now);
}
int vfsGetLastError(sqlite3_vfs*, int size, char* message)
{
    return g_base->xGetLastError ? g_base->xGetLastError(g_base, size, message) : 0;
}
int vfsCurrentTimeInt64(sqlite3_vfs*, sqlite3_int64* now)
{
    return g_base->xCurrentTimeInt64(g_base, now);
}

sqlite3_vfs g_vfs{};

} // namespace

bool installSqliteWalVfs()
{
    static bool installed = false;
    static std::once_flag once;
    std::call_once(once, [] {
        if (sqlite3_initialize() != SQLITE_OK)
            return;
        g_base = sqlite3_vfs_find(nullptr);
        // Version 2 is what this layer forwards (it has xCurrentTimeInt64); the system calls of version 3 stay
        // the base's own.
        if (!g_base || g_base->iVersion < 2 || !g_base->xCurrentTimeInt64)
            return;
        g_vfs.iVersion = 2;
        g_vfs.szOsFile = int(realFileOffset()) + g_base->szOsFile;
        g_vfs.mxPathname = g_base->mxPathname;
        g_vfs.zName = kSqliteWalVfsName;
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
        installed = sqlite3_vfs_register(&g_vfs, 1) == SQLITE_OK;
    });
    return installed;
}

} // namespace paydesk
