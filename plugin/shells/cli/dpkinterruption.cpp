#include "dpkinterruption.h"

#include <qgsfeedback.h>

#include <QMutex>
#include <QMutexLocker>

#include <csignal>

#include <unistd.h>

namespace
{
std::atomic<bool> sRequested{ false };
std::atomic<int> sWriteEnd{ -1 };
QMutex sFeedbackMutex;
QgsFeedback *sFeedback = nullptr;

constexpr char SIGNALLED = 's';
constexpr char FINISHED = 'f';

void onSignal( int )
{
  // Only async-signal-safe calls here: a write into the pipe.
  const int writeEnd = sWriteEnd.load();
  if ( writeEnd >= 0 )
  {
    const char byte = SIGNALLED;
    [[maybe_unused]] const ssize_t written = write( writeEnd, &byte, 1 );
  }
}
} // namespace

DpkInterruption::DpkInterruption()
{
  if ( pipe( mPipe ) != 0 )
    return;
  sWriteEnd = mPipe[ 1 ];
  mWatcher = std::thread( [ this ] { watch(); } );

  // SA_RESETHAND: a second signal meets the default handling and ends the tool at once.
  struct sigaction action = {};
  action.sa_handler = onSignal;
  sigemptyset( &action.sa_mask );
  action.sa_flags = SA_RESETHAND | SA_RESTART;
  sigaction( SIGINT, &action, nullptr );
  sigaction( SIGTERM, &action, nullptr );
}

DpkInterruption::~DpkInterruption()
{
  std::signal( SIGINT, SIG_DFL );
  std::signal( SIGTERM, SIG_DFL );
  if ( mWatcher.joinable() )
  {
    const char byte = FINISHED;
    [[maybe_unused]] const ssize_t written = write( mPipe[ 1 ], &byte, 1 );
    mWatcher.join();
  }
  sWriteEnd = -1;
  for ( const int end : mPipe )
  {
    if ( end >= 0 )
      close( end );
  }
}

bool DpkInterruption::requested()
{
  return sRequested.load();
}

void DpkInterruption::watch()
{
  char byte = 0;
  while ( read( mPipe[ 0 ], &byte, 1 ) == 1 && byte == SIGNALLED )
  {
    sRequested = true;
    // QgsFeedback::cancel() is safe from another thread: it sets a flag, and the receivers of
    // its canceled() signal in other threads get it queued into their own event loops.
    QMutexLocker locker( &sFeedbackMutex );
    if ( sFeedback )
      sFeedback->cancel();
  }
}

DpkInterruption::Scope::Scope( QgsFeedback *feedback )
{
  QMutexLocker locker( &sFeedbackMutex );
  mEarlier = sFeedback;
  sFeedback = feedback;
  if ( sRequested.load() && feedback )
    feedback->cancel();
}

DpkInterruption::Scope::~Scope()
{
  QMutexLocker locker( &sFeedbackMutex );
  sFeedback = mEarlier;
}
