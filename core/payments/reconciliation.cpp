#include "payments/reconciliation.h"

#include "airtime/airtime_reconciler.h"
#include "payments/reconciler.h"
#include "security/audit_log.h"
#include "security/user_repository.h"
#include "stats/stats_calendar.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QPointer>

namespace paydesk {

struct Reconciliation::Job
{
    QString viewer;
    QDateTime from;
    QDateTime to;
    QPointer<QObject> context;
    Done done;
    ReconcileReport report;
    void finish(const Result<ReconcileReport, QString>& result)
    {
        if (context)
            done(result);
    }
};

Reconciliation::Reconciliation(Database db,
                               DatabaseWorker& worker,
                               PaystackClient& paystack,
                               PaymentEngine* engine,
                               airtime::AirtimeProvider* airtimeProvider,
                               QObject* parent)
    : QObject(parent),
      m_db(std::move(db)),
      m_worker(worker),
      m_paystack(paystack),
      m_engine(engine),
      m_airtimeProvider(airtimeProvider)
{}

void Reconciliation::run(const QString& viewer, const QDateTime& from, const QDateTime& to, QObject* context, Done done)
{
    auto job = std::make_shared<Job>();
    job->viewer = viewer;
    job->from = from.toUTC();
    job->to = to.toUTC();
    job->context = context;
    job->done = std::move(done);
    if (!job->from.isValid() || !job->to.isValid() || job->to < job->from)
        return job->finish(QCoreApplication::translate("Reconcile", "The period's end is before its start."));
    m_worker.run(
        [db = m_db, viewer] {
            return UserRepository(db).requireRole(
                viewer, Role::Supervisor,
                QCoreApplication::translate("Reconcile", "Reconciliation is for supervisors and admins."));
        },
        this,
        [this, job](const Status<QString>& allowed) {
            if (!allowed)
                return job->finish(allowed.error());
            compare(job);
        });
}

void Reconciliation::runDays(
    const QString& viewer, stats::PeriodPreset preset, const stats::Period& custom, QObject* context, Done done)
{
    QPointer<QObject> guard(context);
    m_worker.run([db = m_db] { return stats::StatsCalendar::read(db); }, this,
                 [this, viewer, preset, custom, guard, done](const Result<stats::StatsCalendar, DbError>& calendar) {
                     if (!guard)
                         return;
                     if (!calendar)
                         return done(calendar.error().message);
                     const stats::Period days =
                         preset == stats::PeriodPreset::Custom
                             ? custom
                             : stats::periodFor(preset, calendar->localDay(QDateTime::currentDateTimeUtc()));
                     if (!days.isValid())
                         return done(QCoreApplication::translate("Reconcile", "The period's end is before its start."));
                     run(viewer, calendar->dayStartUtc(days.from),
                         calendar->dayStartUtc(days.to.addDays(1)).addMSecs(-1), guard,
                         [days, done](const Result<ReconcileReport, QString>& report) {
                             if (!report)
                                 return done(report);
                             ReconcileReport withDays = *report;
                             withDays.days = days;
                             done(withDays);
                         });
                 });
}

void Reconciliation::compare(const std::shared_ptr<Job>& job)
{
    auto* payments = new Reconciler(m_db, m_worker, m_paystack, m_engine, this);
    payments->run(job->from, job->to, this, [this, job, payments](const Result<ReconcileReport, QString>& report) {
        payments->deleteLater();
        if (!report)
            return job->finish(
                QCoreApplication::translate("Reconcile", "Paystack could not be compared: %1").arg(report.error()));
        job->report = *report;
        compareAirtime(job);
    });
}

void Reconciliation::compareAirtime(const std::shared_ptr<Job>& job)
{
    if (!m_airtimeProvider) {
        job->report.airtimeNote = QCoreApplication::translate(
            "Reconcile", "No airtime provider is set up on this desk: airtime not compared.");
        return audit(job);
    }
    auto* airtime = new airtime::AirtimeReconciler(m_db, m_worker, *m_airtimeProvider, this);
    airtime->run(job->from, job->to, this, [this, job, airtime](const Result<QList<ReconcileLine>, QString>& lines) {
        airtime->deleteLater();
        if (!lines) {
            job->report.airtimeNote =
                QCoreApplication::translate("Reconcile", "Airtime not compared: %1").arg(lines.error());
        } else {
            job->report.airtimeChecked = true;
            job->report.lines << *lines;
        }
        audit(job);
    });
}

void Reconciliation::audit(const std::shared_ptr<Job>& job)
{
    QJsonObject counts;
    for (ReconcileLine::Kind kind : allReconcileKinds())
        counts.insert(reconcileKindName(kind), job->report.count(kind));
    const QJsonObject details{{QStringLiteral("from"), job->from.toString(Qt::ISODateWithMs)},
                              {QStringLiteral("to"), job->to.toString(Qt::ISODateWithMs)},
                              {QStringLiteral("clean"), job->report.clean()},
                              {QStringLiteral("airtime_checked"), job->report.airtimeChecked},
                              {QStringLiteral("counts"), counts}};
    m_worker.run(
        [db = m_db, viewer = job->viewer, details]() -> Status<QString> {
            Transaction tx(db);
            if (!tx.isActive())
                return tx.error().message;
            if (auto audited = AuditLog(db).append(viewer, QStringLiteral("reconcile.run"),
                                                   QStringLiteral("period:%1/%2")
                                                       .arg(details.value(QStringLiteral("from")).toString(),
                                                            details.value(QStringLiteral("to")).toString()),
                                                   details);
                !audited)
                return audited.error().message;
            if (auto committed = tx.commit(); !committed)
                return committed.error().message;
            return {};
        },
        this,
        [job](const Status<QString>& audited) {
            if (!audited)
                return job->finish(
                    QCoreApplication::translate("Reconcile", "The reconciliation could not be audited: %1")
                        .arg(audited.error()));
            job->finish(job->report);
        });
}

} // namespace paydesk
