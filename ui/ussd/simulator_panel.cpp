#include "ussd/simulator_panel.h"

#include "error_label.h"
#include "report_pdf.h"
#include "ussd/effect_runner.h"
#include "ussd/flow_document.h"
#include "ussd/flow_script.h"
#include "ussd/phone_widget.h"
#include "ussd/ussd_service.h"

#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QTime>
#include <QTreeWidget>
#include <QUuid>
#include <QVBoxLayout>

namespace paydesk::ussd {

namespace {

QString outcomeName(EffectResult::Outcome outcome)
{
    switch (outcome) {
    case EffectResult::Outcome::Success:
        return QCoreApplication::translate("SimulatorPanel", "success");
    case EffectResult::Outcome::Failure:
        return QCoreApplication::translate("SimulatorPanel", "failure");
    case EffectResult::Outcome::Timeout:
        return QCoreApplication::translate("SimulatorPanel", "timeout");
    }
    return QString();
}

QTableWidget* makeTable(QWidget* parent, const QString& name, const QStringList& headers)
{
    auto* table = new QTableWidget(0, int(headers.size()), parent);
    table->setObjectName(name);
    table->setHorizontalHeaderLabels(headers);
    table->horizontalHeader()->setStretchLastSection(true);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    return table;
}

} // namespace

SimulatorPanel::SimulatorPanel(AppContext& context, FlowDocument& document, QWidget* parent)
    : QWidget(parent), m_context(context), m_document(document)
{
    setObjectName(QStringLiteral("simulator"));
    m_network = new QNetworkAccessManager(this);
    m_effects = new EffectRunner(*m_network, *context.secrets, context.paystack, context.airtimeProvider, this);
    // Flushed often: the sessions view shows a simulated session as it goes.
    m_service = new UssdService(*context.worker, context.db, *m_effects, UssdService::Options{250, 5000, {}}, this);
    connect(m_effects, &EffectRunner::ran, this, &SimulatorPanel::addCall);
    connect(m_service, &UssdService::sessionChanged, this, [this](const Session& session) {
        if (session.id == m_key || (m_key.isEmpty() && session.id == m_session.id)) {
            m_session = session;
            refreshVariables();
        }
    });

    auto* layout = new QHBoxLayout(this);
    auto* phoneColumn = new QVBoxLayout;
    m_phone = new PhoneWidget(this);
    phoneColumn->addWidget(m_phone);
    m_cut = makeErrorLabel(this, QStringLiteral("cutNotice"));
    m_cut->setMaximumWidth(m_phone->sizeHint().width());
    phoneColumn->addWidget(m_cut);
    phoneColumn->addStretch(1);
    layout->addLayout(phoneColumn);
    connect(m_phone, &PhoneWidget::sendPressed, this, [this](const QString& text) {
        if (inSession())
            reply(text);
        else
            dial(text);
    });
    connect(m_phone, &PhoneWidget::endPressed, this, &SimulatorPanel::hangUp);

    auto* side = new QVBoxLayout;
    auto* form = new QFormLayout;
    m_number = new QLineEdit(QStringLiteral("+2348031234567"), this);
    m_number->setObjectName(QStringLiteral("simulatorPhoneNumber"));
    form->addRow(tr("&Phone number:"), m_number);
    m_serviceLabel = new QLabel(this);
    m_serviceLabel->setObjectName(QStringLiteral("simulatorService"));
    form->addRow(tr("Service:"), m_serviceLabel);
    m_timer = new QLabel(this);
    m_timer->setObjectName(QStringLiteral("sessionTimer"));
    form->addRow(tr("Session:"), m_timer);
    side->addLayout(form);

    auto* tabs = new QTabWidget(this);
    m_variables = makeTable(tabs, QStringLiteral("sessionVariables"), {tr("Variable"), tr("Value")});
    m_variables->setEditTriggers(QAbstractItemView::NoEditTriggers);
    tabs->addTab(m_variables, tr("&Variables"));

    auto* calls = new QSplitter(Qt::Vertical, tabs);
    m_calls = new QTreeWidget(calls);
    m_calls->setObjectName(QStringLiteral("apiCalls"));
    m_calls->setHeaderLabels({tr("Time"), tr("Screen"), tr("Outcome"), tr("ms")});
    m_calls->setRootIsDecorated(false);
    m_callDetail = new QPlainTextEdit(calls);
    m_callDetail->setObjectName(QStringLiteral("apiCallDetail"));
    m_callDetail->setReadOnly(true);
    m_callDetail->setFont(QFont(QStringLiteral("monospace")));
    connect(m_calls, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* item) {
        m_callDetail->setPlainText(item ? item->data(0, Qt::UserRole).toString() : QString());
    });
    tabs->addTab(calls, tr("&API calls"));

    m_settings = makeTable(tabs, QStringLiteral("flowSettings"), {tr("Setting"), tr("Value on this desk")});
    m_settings->setToolTip(tr("The flow's per-installation settings (settings.NAME) as this simulator uses them."));
    connect(m_settings, &QTableWidget::cellChanged, this, [this] {
        if (!m_fillingSettings)
            useFlow();
    });
    tabs->addTab(m_settings, tr("&Settings"));
    side->addWidget(tabs, 1);

    auto* buttons = new QHBoxLayout;
    m_record = new QPushButton(tr("&Record as test script…"), this);
    m_record->setObjectName(QStringLiteral("recordScript"));
    m_record->setEnabled(false);
    buttons->addStretch(1);
    buttons->addWidget(m_record);
    side->addLayout(buttons);
    connect(m_record, &QPushButton::clicked, this, [this] {
        auto* dialog = new QFileDialog(this, tr("Save the session as a test script"),
                                       QDir(reportsFolder()).filePath(QStringLiteral("ussd-test.json")),
                                       tr("USSD test scripts (*.json)"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setOption(QFileDialog::DontUseNativeDialog);
        dialog->setAcceptMode(QFileDialog::AcceptSave);
        connect(dialog, &QFileDialog::fileSelected, this, &SimulatorPanel::saveScript);
        dialog->open();
    });
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("simulatorStatus"));
    m_status->setWordWrap(true);
    side->addWidget(m_status);
    layout->addLayout(side, 1);

    m_clock.setInterval(1000);
    connect(&m_clock, &QTimer::timeout, this, &SimulatorPanel::tick);
    connect(&m_document, &FlowDocument::changed, this, &SimulatorPanel::fillSettings);
    fillSettings();
    m_phone->showText(tr("Dial the service's code and press Send."));
    setFocusProxy(m_phone);
}

SimulatorPanel::~SimulatorPanel()
{
    // Effects still running answer into a service that is going: stop listening first.
    m_effects->disconnect(this);
    // What is unwritten goes to the worker now; the service would otherwise write it on this (the GUI) thread.
    m_service->flush();
}

// The flow's settings with this desk's values: in training, the addresses point at the sandbox.
void SimulatorPanel::fillSettings()
{
    QHash<QString, QString> current;
    for (int row = 0; row < m_settings->rowCount(); ++row)
        current.insert(m_settings->item(row, 0)->text(), m_settings->item(row, 1)->text());
    const auto& flow = m_document.flow();
    QStringList names = flow ? flow->settings.keys() : QStringList();
    names.sort();
    m_fillingSettings = true;
    m_settings->setRowCount(int(names.size()));
    for (int row = 0; row < names.size(); ++row) {
        const QString& name = names.at(row);
        QString value = flow->settings.value(name);
        if (current.contains(name))
            value = current.value(name);
        else if (m_context.training() && value.startsWith(u"http"))
            value = m_context.options.sandboxUrl.toString(QUrl::StripTrailingSlash);
        auto* key = new QTableWidgetItem(name);
        key->setFlags(key->flags() & ~Qt::ItemIsEditable);
        m_settings->setItem(row, 0, key);
        m_settings->setItem(row, 1, new QTableWidgetItem(value));
    }
    m_fillingSettings = false;
    useFlow();
}

void SimulatorPanel::useFlow()
{
    if (!m_document.runnable()) {
        m_service->setFlows({});
        m_serviceLabel->setText(tr("none: the flow has errors (see the designer)"));
        return;
    }
    Flow flow = *m_document.flow();
    for (int row = 0; row < m_settings->rowCount(); ++row)
        flow.settings.insert(m_settings->item(row, 0)->text(), m_settings->item(row, 1)->text());
    m_timeoutSeconds = flow.sessionTimeoutSeconds;
    m_serviceLabel->setText(tr("%1 %2").arg(flow.code, flow.name));
    m_service->setFlows({flow});
}

void SimulatorPanel::dial(const QString& code)
{
    if (inSession())
        hangUp();
    if (splitDialString(code).first.isEmpty()) {
        m_phone->showText(tr("Connection problem or invalid MMI code."));
        setStatus(tr("\"%1\" is not a USSD code: it starts with * and ends with #, like *999#.").arg(code), true);
        return;
    }
    m_key = QStringLiteral("sim:") + QUuid::createUuid().toString(QUuid::WithoutBraces).left(13);
    m_code = code;
    const Hop hop = nextHop(Hop::Kind::Dial);
    m_hops.clear();
    m_session = Session{};
    m_session.id = m_key;
    m_calls->clear();
    m_callDetail->clear();
    m_phone->setInSession(true);
    m_phone->setBusy(true);
    m_phone->showText(tr("USSD code running…"));
    setStatus(QString());
    m_service->hop(hop, [this, code, key = m_key](const Reply& r) {
        if (key == m_key)
            showReply(code, r);
    });
}

Hop SimulatorPanel::nextHop(Hop::Kind kind) const
{
    Hop hop;
    hop.gateway = QStringLiteral("sim");
    hop.sessionId = m_key.section(u':', 1);
    hop.phone = m_number->text().trimmed();
    hop.dialled = m_code;
    hop.kind = kind;
    return hop;
}

void SimulatorPanel::reply(const QString& input)
{
    if (!inSession())
        return;
    Hop hop = nextHop(Hop::Kind::Answer);
    hop.input = input;
    m_phone->setBusy(true);
    m_phone->showText(tr("USSD code running…"));
    m_service->hop(hop, [this, input, key = m_key](const Reply& r) {
        if (key == m_key)
            showReply(input, r);
    });
}

void SimulatorPanel::hangUp()
{
    if (!inSession())
        return;
    const Hop hop = nextHop(Hop::Kind::Release);
    m_key.clear();
    m_service->hop(hop, [](const Reply&) {});
    m_clock.stop();
    m_phone->setBusy(false);
    m_phone->setInSession(false);
    m_phone->showText(tr("Session ended."));
    m_timer->setText(tr("ended by the phone"));
}

void SimulatorPanel::showReply(const QString& input, const Reply& reply)
{
    m_hops.append({input, reply});
    m_record->setEnabled(true);
    m_phone->setBusy(false);
    m_phone->showText(reply.text);
    const qsizetype hidden = reply.fullText.size() - reply.text.size();
    if (hidden > 0) {
        m_cut->setText(tr("The network cut this screen where a handset stops (182 GSM-7 or 80 other characters): "
                          "%n character(s) not shown.",
                          nullptr, int(hidden)));
        m_cut->show();
    } else {
        m_cut->hide();
    }
    for (const Session& live : m_service->sessions()) {
        if (live.id == m_key)
            m_session = live;
    }
    refreshVariables();
    if (reply.end) {
        m_key.clear();
        m_clock.stop();
        m_phone->setInSession(false);
        m_timer->setText(tr("ended (%1)").arg(m_session.outcome.isEmpty() ? tr("by the service") : m_session.outcome));
        return;
    }
    m_sinceHop.start();
    m_clock.start();
    tick();
}

int SimulatorPanel::secondsLeft() const
{
    if (!inSession() || !m_sinceHop.isValid())
        return 0;
    return qMax(0, m_timeoutSeconds - int(m_sinceHop.elapsed() / 1000));
}

void SimulatorPanel::tick()
{
    const int left = secondsLeft();
    m_timer->setText(tr("%1 left before the network drops it").arg(QTime(0, 0).addSecs(left).toString(u"m:ss")));
    m_timer->setStyleSheet(left <= 20 ? errorStyleSheet() : QString());
    if (left > 0)
        return;
    // The network drops the session; the service keeps it to resume within the flow's resume window.
    m_service->timeOut(m_key);
    m_key.clear();
    m_clock.stop();
    m_phone->setBusy(false);
    m_phone->setInSession(false);
    m_phone->showText(tr("Session timed out."));
    m_timer->setText(tr("timed out"));
}

void SimulatorPanel::refreshVariables()
{
    QList<std::pair<QString, QString>> rows{
        {QStringLiteral("session.phone"), m_session.phone},
        {QStringLiteral("session.language"), m_session.language},
        {QStringLiteral("screen"), m_session.trail.value(m_session.trail.size() - 1)},
        {QStringLiteral("state"), Session::stateName(m_session.state)},
        {QStringLiteral("hops"), QString::number(m_session.hops)}};
    QStringList names = m_session.values.keys();
    names.sort();
    for (const QString& name : names)
        rows.append({name, m_session.values.value(name)});
    m_variables->setRowCount(int(rows.size()));
    for (int row = 0; row < rows.size(); ++row) {
        m_variables->setItem(row, 0, new QTableWidgetItem(rows.at(row).first));
        m_variables->setItem(row, 1, new QTableWidgetItem(rows.at(row).second));
    }
    m_variables->resizeColumnToContents(0);
}

void SimulatorPanel::addCall(const EffectLog& log)
{
    auto* item = new QTreeWidgetItem(m_calls, {QTime::currentTime().toString(u"HH:mm:ss"), log.screenId,
                                               outcomeName(log.outcome), QString::number(log.elapsedMs)});
    item->setData(
        0, Qt::UserRole,
        tr("Request:\n%1\n\nResponse:\n%2").arg(log.request, log.response.isEmpty() ? tr("(none)") : log.response));
    if (log.outcome != EffectResult::Outcome::Success)
        item->setForeground(2, QColor(0xb0, 0x00, 0x20));
    m_calls->setCurrentItem(item);
}

QString SimulatorPanel::screenText() const
{
    return m_hops.isEmpty() ? QString() : m_hops.last().second.text;
}

QString SimulatorPanel::cutNotice() const
{
    return m_cut->isHidden() ? QString() : m_cut->text();
}

int SimulatorPanel::apiCallCount() const
{
    return m_calls->topLevelItemCount();
}

QString SimulatorPanel::variable(const QString& name) const
{
    return m_session.values.value(name);
}

QByteArray SimulatorPanel::recordedScript() const
{
    const QString name = tr("Recorded in the simulator on %1").arg(QDateTime::currentDateTime().toString(Qt::ISODate));
    return QJsonDocument(FlowScript::record(name, m_session, m_hops)).toJson(QJsonDocument::Indented);
}

bool SimulatorPanel::saveScript(const QString& path)
{
    QSaveFile file(path);
    const QByteArray bytes = recordedScript();
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        setStatus(tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()), true);
        return false;
    }
    setStatus(tr("Saved the test script to %1; run it with paydesk-server ussd test FLOW SCRIPT.")
                  .arg(QDir::toNativeSeparators(path)));
    return true;
}

void SimulatorPanel::setStatus(const QString& text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? errorStyleSheet() : QString());
}

} // namespace paydesk::ussd
