#ifndef DPKCOMMAND_H
#define DPKCOMMAND_H

#include <QJsonObject>
#include <QStringList>

#include <memory>
#include <optional>

class QTextStream;
struct DpkBuildResult;
class DpkCommandOptions;
class DpkProgressPrinter;

/**
 * \brief One command of the datapakarta tool: reads its arguments, does its work, writes results
 * to one stream and messages to another, and returns an exit code.
 *
 * Exit codes are part of the tool's interface, so scripts can tell bad input from a missing
 * source or from a result that is only partial. The base also holds what every long-running verb
 * shares, so that they all behave alike: the options --quiet and --json, the progress on the
 * error stream (DpkProgressPrinter) and the report that --json prints as one JSON object on the
 * output stream instead of the readable summary.
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
    Interrupted = 130,     //!< Stopped by Ctrl-C or SIGTERM; earlier files are as they were.
  };

  //! Creates a command that writes results to \a out and messages to \a err.
  DpkCommand( QTextStream &out, QTextStream &err );
  virtual ~DpkCommand();

  DpkCommand( const DpkCommand & ) = delete;
  DpkCommand &operator=( const DpkCommand & ) = delete;

  //! Runs the command with \a arguments (those after its verb); returns the exit code.
  virtual int run( const QStringList &arguments ) = 0;

  /**
   * Tells the command that its error stream is a terminal \a columns wide (0: a file or a pipe,
   * the default), so that its progress is drawn as a bar rather than as plain lines.
   */
  void setTerminalColumns( int columns ) { mTerminalColumns = columns; }

  /**
   * Ends a run that returned \a exitCode: ends the progress and, when --json was given, prints
   * the report with the exit code and its name as one JSON object. Returns \a exitCode.
   */
  int finish( int exitCode );

  /**
   * Returns what the run reported so far for --json: files written, counts, warnings and the
   * error, without the exit code.
   */
  QJsonObject report() const;

  //! Returns the name of \a exitCode in the JSON report ("success", "badInput", ...).
  static QString exitCodeName( int exitCode );

protected:
  /**
   * Reads \a arguments into \a options, which also learn --help. Returns the exit code when the
   * command is done already: an option error (printed to the error stream) or --help (printing
   * \a help); nothing when the command should go on. Reads --quiet and --json when the command
   * declared them with addReportOptions().
   */
  std::optional<int> parseOptions( DpkCommandOptions &options, const QStringList &arguments,
                                   const QString &help );

  //! Declares --quiet (no progress) and --json (the summary as JSON) on \a options.
  static void addReportOptions( DpkCommandOptions &options );

  //! Returns true when --json was given: the output stream then gets the JSON report only.
  bool jsonRequested() const { return mJson; }

  //! Returns true when --quiet was given.
  bool quiet() const { return mQuiet; }

  //! Returns the terminal width given by setTerminalColumns(), 0 for a file or a pipe.
  int terminalColumns() const { return mTerminalColumns; }

  //! Returns the progress printer of the run, in the style the options and the stream ask for.
  DpkProgressPrinter &progress();

  /**
   * Ends the progress, prints \a message on the error stream, keeps it as the report's error and
   * returns \a exitCode, so that a failing step reads `return fail( BadInput, message );`.
   */
  int fail( int exitCode, const QString &message );

  //! Puts \a value under \a key into the JSON report.
  void reportValue( const QString &key, const QJsonValue &value );

  //! Adds \a paths to the files the report lists as written.
  void reportFiles( const QStringList &paths );

  /**
   * Puts what a build made into the JSON report: \a result, the \a project written and the
   * \a sheets exported (the same keys for build, refresh and demo).
   */
  void reportBuild( const DpkBuildResult &result, const QString &project,
                    const QStringList &sheets );

  //! Adds \a warning to the warnings the report lists.
  void reportWarning( const QString &warning );

  //! Takes over the report of \a other, a command this one ran as one of its steps.
  void adoptReport( const DpkCommand &other );

  QTextStream &mOut;
  QTextStream &mErr;

private:
  int mTerminalColumns = 0;
  bool mQuiet = false;
  bool mJson = false;
  std::unique_ptr<DpkProgressPrinter> mProgress;
  QJsonObject mReport;
  QStringList mFiles;
  QStringList mWarnings;
};

#endif // DPKCOMMAND_H
