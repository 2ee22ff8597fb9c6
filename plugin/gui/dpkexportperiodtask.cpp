#include "dpkexportperiodtask.h"

#include "dpkexportreader.h"

#include <algorithm>

DpkExportPeriodTask::DpkExportPeriodTask( const QString &path,
                                          const QList<DpkIndicator> &indicators )
  : QgsTask( tr( "Reading the school years of %1" ).arg( path ),
             QgsTask::CanCancel | QgsTask::CancelWithoutPrompt )
  , mPath( path )
  , mIndicators( indicators )
{
}

bool DpkExportPeriodTask::run()
{
  const DpkResult<DpkDataset> dataset = DpkExportReader( mIndicators ).readFile( mPath );
  if ( !dataset.isOk() )
  {
    mError = dataset.error();
    return false;
  }

  // The export names one school year; its figures may still carry others.
  QList<DpkPeriod> periods;
  if ( dataset.value().period.isValid() )
    periods << dataset.value().period;
  for ( const DpkSchool &school : dataset.value().schools )
  {
    for ( auto series = school.values.constBegin(); series != school.values.constEnd(); ++series )
    {
      for ( const DpkPeriod &period : series->periods() )
      {
        if ( !periods.contains( period ) )
          periods << period;
      }
    }
  }
  std::sort( periods.begin(), periods.end(),
             []( const DpkPeriod &a, const DpkPeriod &b ) { return b < a; } );
  mPeriods = periods;
  return true;
}

void DpkExportPeriodTask::finished( bool result )
{
  if ( result )
    emit periodsFound( mPath, mPeriods );
  else
    emit failed( mPath,
                 mError.isEmpty() ? tr( "%1: reading was cancelled" ).arg( mPath ) : mError );
}
