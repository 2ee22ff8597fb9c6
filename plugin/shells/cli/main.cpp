// The datapakarta command-line tool: a thin shell around DpkCommandLineTool.

#include "dpkcommandlinetool.h"
#include "dpklanguage.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTextStream>

#include <cstdio>

int main( int argc, char *argv[] )
{
  QCoreApplication application( argc, argv );
  DpkLanguage language;
  language.install( QLocale::system().name() );

  QTextStream out( stdout );
  QTextStream err( stderr );
  DpkCommandLineTool tool( out, err );
  QStringList arguments = QCoreApplication::arguments();
  arguments.removeFirst();
  return tool.run( arguments );
}
