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

#include <cerrno>
#include <cstdio>

#include <sys/stat.h>
#include <unistd.h>

namespace
{
/**
 * Gives Qt a runtime folder where no desktop session did (cron, ssh, CI): without one Qt warns
 * on every start, which a scheduler's log would show as an error line.
 */
void ensureRuntimeFolder()
{
  if ( qEnvironmentVariableIsSet( "XDG_RUNTIME_DIR" ) )
    return;
  const QByteArray folder =
      QByteArray( "/tmp/datapakarta-runtime-" ) + QByteArray::number( getuid() );
  if ( mkdir( folder.constData(), 0700 ) != 0 && errno != EEXIST )
    return;
  struct stat info = {};
  // Only a folder of this user's own, closed to others, as Qt itself requires.
  if ( stat( folder.constData(), &info ) == 0 && S_ISDIR( info.st_mode ) &&
       info.st_uid == getuid() && ( info.st_mode & 0077 ) == 0 )
    qputenv( "XDG_RUNTIME_DIR", folder );
}
} // namespace

int main( int argc, char *argv[] )
{
  ensureRuntimeFolder();

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
