#include "ussd/ussd_studio_page.h"

#include "ussd/flow_designer.h"
#include "ussd/flow_document.h"
#include "ussd/phone_widget.h"
#include "ussd/sessions_view.h"
#include "ussd/simulator_panel.h"

#include <QFile>
#include <QLineEdit>

namespace paydesk::ussd {

UssdStudioPage::UssdStudioPage(AppContext& context, QWidget* parent) : QTabWidget(parent)
{
    setObjectName(QStringLiteral("ussdStudioPage"));
    m_document = new FlowDocument(this);
    m_designer = new FlowDesigner(context, *m_document, this);
    m_simulator = new SimulatorPanel(context, *m_document, this);
    m_sessions = new SessionsView(context, this);
    addTab(m_designer, tr("Desig&ner")); // Alt+D is the Desk menu
    addTab(m_simulator, tr("Si&mulator"));
    addTab(m_sessions, tr("Sess&ions"));
    connect(m_designer, &FlowDesigner::simulateRequested, this, &UssdStudioPage::showSimulator);

    // A flow to start from: the airtime sample (the designer's Open menu has the others and the saved ones).
    QFile sample(QStringLiteral(":/paydesk/ussd/airtime-999.json"));
    if (sample.open(QIODevice::ReadOnly))
        m_designer->openBytes(sample.readAll(), tr("the airtime-999 sample"));
    setFocusProxy(m_designer);
}

void UssdStudioPage::showSimulator()
{
    setCurrentWidget(m_simulator);
    if (m_document->flow() && !m_simulator->inSession())
        m_simulator->phone()->entry()->setText(m_document->flow()->code);
    m_simulator->phone()->setFocus();
}

} // namespace paydesk::ussd
