#ifndef DPKEXPORTPERIODTASK_H
#define DPKEXPORTPERIODTASK_H

#include "dpkindicator.h"
#include "dpkperiod.h"

#include <qgstaskmanager.h>

/**
 * \brief Reads a Skolverket export in the background to find the school years it holds, so that
 * the panel can offer them while QGIS stays responsive.
 */
class DpkExportPeriodTask : public QgsTask
{
  Q_OBJECT

public:
  //! Creates a task that reads the export at \a path with the columns of \a indicators.
  DpkExportPeriodTask( const QString &path, const QList<DpkIndicator> &indicators );

  //! Returns the export file the task reads.
  QString path() const { return mPath; }

  bool run() override;
  void finished( bool result ) override;

signals:
  //! The export holds figures for \a periods, latest first.
  void periodsFound( const QString &path, const QList<DpkPeriod> &periods );

  //! The export could not be read, for the user-facing \a error.
  void failed( const QString &path, const QString &error );

private:
  QString mPath;
  QList<DpkIndicator> mIndicators;
  QList<DpkPeriod> mPeriods;
  QString mError;
};

#endif // DPKEXPORTPERIODTASK_H
