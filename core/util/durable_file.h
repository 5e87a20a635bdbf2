#pragma once

#include "util/result.h"

#include <QFile>
#include <QString>

namespace paydesk {

// A file that appears under its name only once it is whole and on the disk: written as NAME.partial, then
// fsynced, renamed over NAME and the folder fsynced (the rename itself must survive a power cut). A crash, a full
// disk or a pulled drive leaves at most a .partial file, never a short file under the final name.
class DurableFile
{
  public:
    explicit DurableFile(QString path) : m_path(std::move(path)), m_file(m_path + QStringLiteral(".partial")) {}
    ~DurableFile() { discard(); }
    DurableFile(const DurableFile&) = delete;
    DurableFile& operator=(const DurableFile&) = delete;

    bool open();
    QFile& file() { return m_file; }
    QString errorString() const { return m_error.isEmpty() ? m_file.errorString() : m_error; }
    // Makes it NAME; the reason when it could not.
    Status<QString> commit();
    // Drops what was written (nothing when committed).
    void discard();

    // Syncs a folder, so that a file created or renamed in it survives a power cut.
    static bool syncFolder(const QString& folder);

  private:
    QString m_path;
    QFile m_file;
    QString m_error;
    bool m_committed = false;
};

} // namespace paydesk
