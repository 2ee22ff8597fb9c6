#include "dpkbuildtask.h"

#include <qgsfeedback.h>

DpkBuildTask::DpkBuildTask( const QString &description, std::unique_ptr<DpkMapBuilder> builder )
  : QgsTask( description, QgsTask::CanCancel )
  , mBuilder( std::move( builder ) )
  , mFeedback( std::make_unique<QgsFeedback>() )
{
  connect(
      mFeedback.get(), &QgsFeedback::progressChanged, this,
      [ this ]( double progress ) { setProgress( progress ); }, Qt::DirectConnection );
}

DpkBuildTask::~DpkBuildTask() = default;

bool DpkBuildTask::run()
{
  DpkResult<DpkBuildResult> result = mBuilder->build( mFeedback.get() );
  if ( !result.isOk() )
  {
    mError = isCanceled() ? tr( "The build was cancelled; nothing was changed." ) : result.error();
    return false;
  }
  mResult = result.takeValue();
  return true;
}

void DpkBuildTask::cancel()
{
  // The readers and writers watch the feedback, so a cancel reaches requests in flight at once.
  mFeedback->cancel();
  QgsTask::cancel();
}

void DpkBuildTask::finished( bool result )
{
  if ( result )
    emit built( mResult );
  else
    emit failed( mError.isEmpty() ? tr( "The build was cancelled; nothing was changed." )
                                  : mError );
}
