#include "util/durable_file.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace paydesk {

bool DurableFile::open()
{
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    m_file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return true;
}

Status<QString> DurableFile::commit()
{
    const auto failed = [this](const QString& why) {
        m_error = QCoreApplication::translate("DurableFile", "Cannot write %1: %2")
                      .arg(QDir::toNativeSeparators(m_path), why);
        discard();
        return m_error;
    };
    if (!m_file.flush())
        return failed(m_file.errorString());
    if (::fsync(m_file.handle()) != 0)
        return failed(QString::fromLocal8Bit(strerror(errno)));
    m_file.close();
    if (QFile::exists(m_path) && !QFile::remove(m_path))
        return failed(QCoreApplication::translate("DurableFile", "a file of that name is in the way"));
    if (!QFile::rename(m_file.fileName(), m_path))
        return failed(QCoreApplication::translate("DurableFile", "the finished file could not be renamed"));
    m_committed = true;
    if (!syncFolder(QFileInfo(m_path).absolutePath()))
        return failed(QCoreApplication::translate("DurableFile", "the folder could not be synced"));
    return {};
}

void DurableFile::discard()
{
    if (m_committed)
        return;
    if (m_file.isOpen())
        m_file.close();
    QFile::remove(m_file.fileName());
}

bool DurableFile::syncFolder(const QString& folder)
{
    const int fd = ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool synced = ::fsync(fd) == 0;
    ::close(fd);
    return synced;
}

} // namespace paydesk
