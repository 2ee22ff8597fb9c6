#ifndef DPKBUILDTASK_H
#define DPKBUILDTASK_H

#include "dpkbuildresult.h"
#include "dpkmapbuilder.h"

#include <qgstaskmanager.h>

/**
 * \brief A build as a QGIS background task: visible in the task manager with progress and a
 * cancel button, while QGIS stays responsive.
 *
 * The build runs in a worker thread. The signals come from finished(), on the main thread,
 * where the result may be put into the project.
 */
class DpkBuildTask : public QgsTask
{
  Q_OBJECT

public:
  //! Creates a task that runs \a builder; \a description is shown in the task manager.
  DpkBuildTask( const QString &description, std::unique_ptr<DpkMapBuilder> builder );
  ~DpkBuildTask() override;

  //! Returns true once the build was cancelled, from the task manager or through cancel().
  bool wasCanceled() const { return isCanceled(); }

  bool run() override;
  void cancel() override;
  void finished( bool result ) override;

signals:
  //! The build succeeded with \a result.
  void built( const DpkBuildResult &result );

  //! The build failed with the user-facing \a error, or was cancelled.
  void failed( const QString &error );

private:
  std::unique_ptr<DpkMapBuilder> mBuilder;
  std::unique_ptr<QgsFeedback> mFeedback;
  DpkBuildResult mResult;
  QString mError;
};

#endif // DPKBUILDTASK_H
