// dpk_make_project_template <file.qgz>: writes the plugin's QGIS project template, the file that
// resources/templates/ holds and the plugin installs. It runs with a throwaway QGIS profile and in
// Swedish, so that the file depends on the plugin's code alone and not on anybody's settings.

#include "dpkheadlessqgis.h"
#include "dpklanguage.h"
#include "dpkprojecttemplate.h"
#include "dpkqgiscompat.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main( int argc, char *argv[] )
{
  DpkHeadlessQgis qgis( argc, argv, DpkHeadlessQgis::Profile::Throwaway );
  QTextStream err( stderr );
  DpkQgisCompat::setUtf8( err );

  const QStringList arguments = QCoreApplication::arguments();
  if ( arguments.size() != 2 )
  {
    err << QCoreApplication::translate( "DpkProjectTemplateTool",
                                        "Usage: dpk_make_project_template <file.qgz>" )
        << '\n';
    return 2;
  }
  DpkLanguage language;
  language.install( QStringLiteral( "sv" ) );
  const DpkResult<QString> written = DpkProjectTemplate::write( arguments.at( 1 ) );
  if ( !written.isOk() )
  {
    err << written.error() << '\n';
    return 1;
  }
  return 0;
}
