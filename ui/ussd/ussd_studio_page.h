#pragma once

#include "app_context.h"

#include <QTabWidget>

namespace paydesk::ussd {

class FlowDesigner;
class FlowDocument;
class SessionsView;
class SimulatorPanel;

// The USSD Studio section: the designer, the simulator (which runs what the designer holds) and the sessions.
class UssdStudioPage : public QTabWidget
{
    Q_OBJECT
  public:
    explicit UssdStudioPage(AppContext& context, QWidget* parent = nullptr);

    FlowDocument* document() const { return m_document; }
    FlowDesigner* designer() const { return m_designer; }
    SimulatorPanel* simulator() const { return m_simulator; }
    SessionsView* sessions() const { return m_sessions; }
    void showSimulator();

  private:
    FlowDocument* m_document = nullptr;
    FlowDesigner* m_designer = nullptr;
    SimulatorPanel* m_simulator = nullptr;
    SessionsView* m_sessions = nullptr;
};

} // namespace paydesk::ussd
