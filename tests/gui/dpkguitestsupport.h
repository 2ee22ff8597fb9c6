#ifndef DPKGUITESTSUPPORT_H
#define DPKGUITESTSUPPORT_H

#include <QEventLoop>
#include <QObject>
#include <QTimer>

/**
 * \brief Runs the event loop until \a sender emits \a signal or \a timeoutMs pass, so that a test
 * can wait for a QGIS task that reports back through the main thread. Returns true when the
 * signal came.
 */
template <typename Sender, typename Signal>
bool dpkWaitForSignal( Sender *sender, Signal signal, int timeoutMs )
{
  QEventLoop loop;
  bool emitted = false;
  const QMetaObject::Connection connection = QObject::connect( sender, signal, &loop,
                                                               [ &loop, &emitted ]
                                                               {
                                                                 emitted = true;
                                                                 loop.quit();
                                                               } );
  QTimer::singleShot( timeoutMs, &loop, &QEventLoop::quit );
  loop.exec();
  QObject::disconnect( connection );
  return emitted;
}

#endif // DPKGUITESTSUPPORT_H
