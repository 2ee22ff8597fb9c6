#include "dpkinstallprojecttemplatecommand.h"

#include "dpkcommandoptions.h"
#include "dpkprojecttemplate.h"

#include <QTextStream>

int DpkInstallProjectTemplateCommand::run( const QStringList &arguments )
{
  DpkCommandOptions options( QStringLiteral( "datapakarta install-project-template" ),
                             QStringLiteral( "[--folder <folder>]" ) );
  options.addValueOption( QStringLiteral( "--folder" ) );
  if ( const std::optional<int> done = parseOptions( options, arguments, helpText() ) )
    return *done;

  // QGIS's own folder of the user's profile unless another one is asked for.
  const QString folder =
      options.value( QStringLiteral( "--folder" ), DpkProjectTemplate::templateFolder() );
  const DpkResult<QString> installed = DpkProjectTemplate::install( folder );
  if ( !installed.isOk() )
    return fail( Failure,
                 tr( "datapakarta install-project-template: %1" ).arg( installed.error() ) );
  reportFiles( { installed.value() } );
  mOut << tr( "Installed the project template %1; in QGIS, Project → New from Template offers "
              "it" )
              .arg( installed.value() )
       << '\n';
  return Success;
}

QString DpkInstallProjectTemplateCommand::helpText()
{
  return tr( "Usage: datapakarta install-project-template [--folder <folder>]\n"
             "\n"
             "Copies the plugin's project template (its group, a map sheet per standard\n"
             "indicator and a run to complete in the panel) into QGIS's project template\n"
             "folder: the setting qgis/projectTemplateDir of your QGIS profile, by default\n"
             "<profile>/project_templates. In QGIS, Project → New from Template then offers\n"
             "it. An earlier copy is replaced.\n"
             "\n"
             "  --folder  install into this folder instead\n"
             "\n"
             "Exit codes: 0 success, 1 the template could not be written, 2 bad option.\n" );
}
