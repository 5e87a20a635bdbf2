#include "training_banner.h"

namespace paydesk {

TrainingBanner::TrainingBanner(QWidget* parent) : QLabel(parent)
{
    setObjectName(QStringLiteral("trainingBanner"));
    setAlignment(Qt::AlignCenter);
    setStyleSheet(QStringLiteral("background: #f5b400; color: #1a1a1a; font-weight: bold; padding: 6px;"
                                 "border-bottom: 2px solid #8a6500;"));
    setAccessibleName(tr("Training mode"));
    setReason(QString());
}

void TrainingBanner::setReason(const QString& reason)
{
    setText(reason.isEmpty() ? tr("TRAINING – no real money moves")
                             : tr("TRAINING – no real money moves (%1)").arg(reason));
}

} // namespace paydesk
