#ifndef DPKCOMMANDLINETOOL_H
#define DPKCOMMANDLINETOOL_H

#include "dpkindicatorcatalogue.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

class QTextStream;

/**
 * \brief The datapakarta command: reads the verb and options and runs the engine without QGIS's
 * desktop.
 *
 * Exit codes are part of its interface, so scripts can tell bad input from a missing source.
 */
class DpkCommandLineTool
{
  Q_DECLARE_TR_FUNCTIONS( DpkCommandLineTool )

public:
  //! The documented exit codes.
  enum ExitCode
  {
    Success = 0,
    BadInput = 2,         //!< Unknown verb or option, or unreadable input.
    SourceUnavailable = 3 //!< A file or service could not be reached.
  };

  //! Creates a tool that writes results to \a out and messages to \a err.
  DpkCommandLineTool( QTextStream &out, QTextStream &err );

  //! Runs the command given by \a arguments (without the program name); returns the exit code.
  int run( const QStringList &arguments );

  //! Returns the general help text.
  static QString helpText();

private:
  //! One verb of the command: its name and the member that runs it with the remaining arguments.
  struct Verb
  {
    const char *name;
    int ( DpkCommandLineTool::*run )( const QStringList &arguments );
  };

  //! Returns the verbs, in the order the help lists them.
  static const QList<Verb> &verbs();

  int installPlugin( const QStringList &arguments );
  int indicators( const QStringList &arguments );
  void printIndicatorTable( const DpkIndicatorCatalogue &catalogue );

  QTextStream &mOut;
  QTextStream &mErr;
};

#endif // DPKCOMMANDLINETOOL_H
