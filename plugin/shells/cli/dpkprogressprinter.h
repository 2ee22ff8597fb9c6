#ifndef DPKPROGRESSPRINTER_H
#define DPKPROGRESSPRINTER_H

#include <QCoreApplication>
#include <QString>

class QTextStream;

/**
 * \brief Shows the progress of a long command on the error stream, the same way for every verb.
 *
 * On a terminal it redraws one line holding a bar, the percentage and the current step, never
 * wider than the terminal, and ends it with a newline when the work is done, so that the summary
 * that follows starts on a line of its own. Written to a file or a pipe, where a redrawn line
 * would only be noise, it prints a plain line at every tenth of the work and at every new step.
 * With --quiet it prints nothing.
 */
class DpkProgressPrinter
{
  Q_DECLARE_TR_FUNCTIONS( DpkProgressPrinter )

public:
  //! How progress is shown.
  enum class Style
  {
    Silent, //!< Nothing: --quiet.
    Lines,  //!< A plain line per tenth of the work and per step: a file or a pipe.
    Bar,    //!< One line redrawn in place: a terminal.
  };

  /**
   * Creates a printer that writes to \a stream in \a style; a bar is at most \a columns
   * characters wide, the width of the terminal.
   */
  DpkProgressPrinter( QTextStream &stream, Style style, int columns = 80 );

  //! Ends a bar that is still shown, so that nothing else is written onto its line.
  ~DpkProgressPrinter();

  DpkProgressPrinter( const DpkProgressPrinter & ) = delete;
  DpkProgressPrinter &operator=( const DpkProgressPrinter & ) = delete;

  /**
   * Returns the style for a command run with --quiet when \a quiet, whose error stream is a
   * terminal \a terminalColumns wide (0 when it is not a terminal).
   */
  static Style styleFor( bool quiet, int terminalColumns );

  /**
   * Returns the width of the terminal that the file descriptor \a fd writes to, or 0 when it is
   * not a terminal. A terminal that does not tell its width counts as 80 columns wide.
   */
  static int terminalColumns( int fd );

  //! Returns the style the printer shows progress in.
  Style style() const { return mStyle; }

  //! Names the step the work is in ("reading the results"), shown beside the percentage.
  void setStep( const QString &step );

  //! Sets how much of the work is done, in percent of the whole (0 to 100).
  void setProgress( double percent );

  /**
   * Ends the progress: a shown bar gets its newline. Call it before writing anything else to the
   * stream; progress set afterwards starts a new bar.
   */
  void finish();

  /**
   * Returns the bar line for \a percent done in \a step, exactly \a columns - 1 characters wide
   * (the last column stays free so that the terminal does not wrap).
   */
  static QString barLine( int percent, const QString &step, int columns );

private:
  //! Writes the line of the current state in the printer's style, when it changed.
  void show();

  QTextStream &mStream;
  Style mStyle = Style::Silent;
  int mColumns = 80;
  QString mStep;
  int mPercent = 0;
  int mPrintedTenth = -1;
  QString mPrintedStep;
  QString mShownBar;
};

#endif // DPKPROGRESSPRINTER_H
