#include "payments/confirmation_service.h"

#include "util/logging.h"

namespace paydesk {

ConfirmationService::ConfirmationService(Database db,
                                         DatabaseWorker& worker,
                                         PaymentEngine* payments,
                                         RefundEngine* refunds,
                                         Options options,
                                         QObject* parent)
    : QObject(parent), m_db(std::move(db)), m_worker(worker), m_options(std::move(options))
{
    InboxProcessor::Options processorOptions;
    processorOptions.name = m_options.name;
    m_processor = std::make_unique<InboxProcessor>(m_db, m_worker, payments, refunds, processorOptions);
    m_why = tr("not started");
}

ConfirmationService::~ConfirmationService() = default;

Status<QString> ConfirmationService::start(const Secret& paystackKey)
{
    const auto listen = ListenAddress::parse(m_options.listen);
    if (!listen) {
        m_why = listen.error();
        return m_why;
    }
    m_processor->start();
    if (listen->off) {
        m_why = tr("the webhook server is off");
        return {};
    }
    if (paystackKey.isEmpty()) {
        m_why = tr("no Paystack key to check webhook signatures with");
        return m_why;
    }
    PaydeskHttpService::Options options;
    options.address = listen->address;
    options.port = listen->port;
    options.adminToken = m_options.adminToken;
    m_http = std::make_unique<PaydeskHttpService>(m_worker, m_db, paystackKey, options);
    if (m_options.ussd)
        m_http->addUssd(*m_options.ussd);
    const auto bound = m_http->start();
    if (!bound) {
        m_http.reset();
        m_why = bound.error();
        qCWarning(lcServer) << "webhook server not started, confirming by polling:" << m_why;
        return m_why;
    }
    connect(&m_http->intake(), &WebhookIntake::stored, m_processor.get(), &InboxProcessor::wake);
    connect(m_http.get(), &PaydeskHttpService::inboxReplayed, m_processor.get(), &InboxProcessor::wake);
    m_url.setScheme(QStringLiteral("http"));
    m_url.setHost(listen->address.toString());
    m_url.setPort(*bound);
    m_mode = Mode::WebhooksAndPolling;
    m_why.clear();
    return {};
}

QString ConfirmationService::describe() const
{
    if (m_mode == Mode::WebhooksAndPolling)
        return tr("Webhooks + polling (%1:%2)").arg(m_url.host()).arg(m_url.port());
    return tr("Polling only: %1").arg(m_why);
}

} // namespace paydesk
