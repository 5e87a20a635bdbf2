#pragma once

#include <QByteArray>
#include <QDebug>
#include <QMetaType>

namespace paydesk {

// A secret value (API key, password). It cannot be printed by accident: QDebug shows "<redacted>", there is no
// conversion to QString, and the bytes are wiped when the last copy goes away.
class Secret
{
  public:
    Secret() = default;
    explicit Secret(QByteArray bytes) : m_bytes(std::move(bytes)) {}
    static Secret fromUtf8(const QString& text) { return Secret(text.toUtf8()); }
    ~Secret() { wipe(); }
    Secret(const Secret&) = default;
    Secret& operator=(const Secret&) = default;
    Secret(Secret&&) = default;
    Secret& operator=(Secret&&) = default;

    bool isEmpty() const { return m_bytes.isEmpty(); }
    // The one way to get at the value; call it only where the value is used (an HTTP header, a key derivation).
    const QByteArray& reveal() const { return m_bytes; }

  private:
    void wipe()
    {
        // Only the last owner of the shared buffer may scrub it.
        if (!m_bytes.isEmpty() && !m_bytes.isDetached())
            return;
        if (!m_bytes.isEmpty())
            m_bytes.fill('\0');
    }
    QByteArray m_bytes;
};

inline QDebug operator<<(QDebug debug, const Secret&)
{
    QDebugStateSaver saver(debug);
    debug.nospace() << "<redacted>";
    return debug;
}

} // namespace paydesk

Q_DECLARE_METATYPE(paydesk::Secret)
