#ifndef DPKINTERRUPTION_H
#define DPKINTERRUPTION_H

#include <thread>

class QgsFeedback;

/**
 * \brief Turns Ctrl-C (SIGINT) and SIGTERM into a cancel of the running command.
 *
 * Killed outright, a command would leave a GeoPackage written and the project that should go
 * with it unwritten. Instead the first signal cancels the feedback of the step that runs, so the
 * command ends as a cancelled run does: its files put back, a message and, with --json, its
 * report. A second signal ends the tool at once.
 *
 * The signal handler only writes a byte into a pipe; a thread of its own reads it and cancels
 * the feedback, since nothing else may be done inside a handler.
 */
class DpkInterruption
{
public:
  //! Catches the signals from here on; the tool's main() holds one for its whole run.
  DpkInterruption();
  //! Restores the signals' default handling.
  ~DpkInterruption();

  DpkInterruption( const DpkInterruption & ) = delete;
  DpkInterruption &operator=( const DpkInterruption & ) = delete;

  //! Returns true once a signal asked the tool to stop.
  static bool requested();

  /**
   * \brief Makes \a feedback the one a signal cancels while the scope lives.
   */
  class Scope
  {
  public:
    explicit Scope( QgsFeedback *feedback );
    ~Scope();

    Scope( const Scope & ) = delete;
    Scope &operator=( const Scope & ) = delete;

  private:
    QgsFeedback *mEarlier = nullptr;
  };

private:
  void watch();

  int mPipe[ 2 ] = { -1, -1 };
  std::thread mWatcher;
};

#endif // DPKINTERRUPTION_H
