#include "dpkstepfeedback.h"

#include <algorithm>

DpkStepFeedback::DpkStepFeedback( int stepCount, QgsFeedback *parent )
  : mStepCount( std::max( stepCount, 1 ) )
  , mParent( parent )
{
  if ( !parent )
    return;
  if ( parent->isCanceled() )
    cancel();
  connect( parent, &QgsFeedback::canceled, this, &QgsFeedback::cancel, Qt::DirectConnection );
  connect(
      this, &QgsFeedback::progressChanged, parent,
      [ this ]( double progress )
      {
        if ( mParent )
          mParent->setProgress( ( mCurrentStep + progress / 100.0 ) * 100.0 / mStepCount );
      },
      Qt::DirectConnection );
}

void DpkStepFeedback::setCurrentStep( int step )
{
  mCurrentStep = std::clamp( step, 0, mStepCount - 1 );
  setProgress( 0.0 );
}
