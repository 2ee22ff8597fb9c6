// The datapakarta command-line tool: a thin shell that starts QGIS headless and runs
// DpkCommandLineTool.

#include "dpkcommandlinetool.h"
#include "dpkheadlessqgis.h"
#include "dpkinterruption.h"
#include "dpklanguage.h"
#include "dpkprogressprinter.h"
#include "dpkqgiscompat.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTextStream>

#include <cstdio>

#include <unistd.h>

int main( int argc, char *argv[] )
{
  // The user's profile, so that QGIS's proxy and authentication settings apply to the API.
  DpkHeadlessQgis qgis( argc, argv, DpkHeadlessQgis::Profile::User );

  // Names of schools and places are Swedish: write UTF-8 whatever the locale says.
  QTextStream out( stdout );
  QTextStream err( stderr );
  DpkQgisCompat::setUtf8( out );
  DpkQgisCompat::setUtf8( err );

  QStringList arguments = QCoreApplication::arguments();
  arguments.removeFirst();
  const DpkResult<QString> language =
      DpkCommandLineTool::chosenLanguage( arguments, QLocale::system().name() );
  if ( !language.isOk() )
  {
    err << language.error() << '\n';
    return DpkCommand::BadInput;
  }
  DpkLanguage translation;
  translation.install( language.value() );

  // Progress is drawn as a bar only when a person watches the error stream.
  DpkInterruption interruption;
  DpkCommandLineTool tool( out, err );
  tool.setTerminalColumns( DpkProgressPrinter::terminalColumns( STDERR_FILENO ) );
  return tool.run( arguments );
}
