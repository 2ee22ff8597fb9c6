#ifndef DPKSTEPFEEDBACK_H
#define DPKSTEPFEEDBACK_H

#include <qgsfeedback.h>

#include <QPointer>

/**
 * \brief Feedback for one of several steps of a longer job: a step's 0-100 % becomes its share
 * of the whole job's progress, and a cancel of the whole job reaches the step.
 *
 * Unlike QGIS's processing variant it needs no processing feedback, so any QgsFeedback (a task's,
 * a command line's) can be split into steps.
 */
class DpkStepFeedback : public QgsFeedback
{
  Q_OBJECT

public:
  //! Creates feedback for a job of \a stepCount steps reporting to \a parent (may be null).
  DpkStepFeedback( int stepCount, QgsFeedback *parent );

  //! Starts step \a step (0-based): its progress now counts from the steps before it.
  void setCurrentStep( int step );

private:
  int mStepCount = 1;
  int mCurrentStep = 0;
  QPointer<QgsFeedback> mParent;
};

#endif // DPKSTEPFEEDBACK_H
