#ifndef DPKCOMMAND_H
#define DPKCOMMAND_H

#include <QStringList>

#include <optional>

class QTextStream;
class DpkCommandOptions;

/**
 * \brief One command of the datapakarta tool: reads its arguments, does its work, writes results
 * to one stream and messages to another, and returns an exit code.
 *
 * Exit codes are part of the tool's interface, so scripts can tell bad input from a missing
 * source or from a result that is only partial.
 */
class DpkCommand
{
public:
  //! The documented exit codes.
  enum ExitCode
  {
    Success = 0,
    Failure = 1,           //!< The output could not be written.
    BadInput = 2,          //!< Unknown verb or option, unreadable or unusable input.
    SourceUnavailable = 3, //!< A file or web service could not be read (an HTTP failure).
    PartialResult = 4,     //!< A result was printed, but part of the source was not read.
  };

  //! Creates a command that writes results to \a out and messages to \a err.
  DpkCommand( QTextStream &out, QTextStream &err );
  virtual ~DpkCommand() = default;

  DpkCommand( const DpkCommand & ) = delete;
  DpkCommand &operator=( const DpkCommand & ) = delete;

  //! Runs the command with \a arguments (those after its verb); returns the exit code.
  virtual int run( const QStringList &arguments ) = 0;

protected:
  /**
   * Reads \a arguments into \a options, which also learn --help. Returns the exit code when the
   * command is done already: an option error (printed to the error stream) or --help (printing
   * \a help); nothing when the command should go on.
   */
  std::optional<int> parseOptions( DpkCommandOptions &options, const QStringList &arguments,
                                   const QString &help );

  QTextStream &mOut;
  QTextStream &mErr;
};

#endif // DPKCOMMAND_H
