#include "dpkrefreshcommand.h"

#include "dpkbuildcommand.h"
#include "dpkcommandoptions.h"
#include "dpkindicatorcatalogue.h"
#include "dpklayoutbuilder.h"
#include "dpkmapbuilder.h"
#include "dpkprojectupdater.h"

#include <qgslayoutatlas.h>
#include <qgslayoutmanager.h>
#include <qgsprintlayout.h>
#include <qgsproject.h>

#include <QDir>
#include <QFileInfo>
#include <QTextStream>

int DpkRefreshCommand::run( const QStringList &arguments )
{
  DpkCommandOptions options( QStringLiteral( "datapakarta refresh" ),
                             QStringLiteral( "<project.qgz> [--period <school year>] [--pdf] "
                                             "[--catalogue <file>]" ) );
  options.addValueOption( QStringLiteral( "--period" ) );
  options.addValueOption( QStringLiteral( "--catalogue" ) );
  options.addFlag( QStringLiteral( "--pdf" ) );
  options.setMaximumPositional( 1 );
  if ( const std::optional<int> done = parseOptions( options, arguments, helpText() ) )
    return *done;
  if ( options.positional().isEmpty() )
  {
    mErr << tr( "datapakarta refresh: expected the QGIS project to refresh; see datapakarta "
                "refresh --help" )
         << '\n';
    return BadInput;
  }

  // The project and the run it holds, with paths taken from the project's folder.
  const QString projectPath = QFileInfo( options.positional().first() ).absoluteFilePath();
  QgsProject project;
  if ( !QFileInfo( projectPath ).isFile() )
  {
    mErr << tr( "datapakarta refresh: %1: no such project file" ).arg( projectPath ) << '\n';
    return BadInput;
  }
  if ( !project.read( projectPath ) )
  {
    mErr << tr( "datapakarta refresh: %1: the project cannot be read: %2" )
                .arg( projectPath, project.error() )
         << '\n';
    return BadInput;
  }
  const DpkResult<DpkRunConfig> config =
      storedRun( project, options.value( QStringLiteral( "--period" ) ) );
  if ( !config.isOk() )
  {
    mErr << tr( "datapakarta refresh: %1" ).arg( config.error() ) << '\n';
    return BadInput;
  }
  const QString baseFolder = QFileInfo( projectPath ).absolutePath();
  const DpkResult<DpkIndicatorCatalogue> catalogue =
      DpkIndicatorCatalogue::builtInWith( options.value( QStringLiteral( "--catalogue" ) ) );
  if ( !catalogue.isOk() )
  {
    mErr << tr( "datapakarta refresh: %1" ).arg( catalogue.error() ) << '\n';
    return BadInput;
  }

  const DpkResult<DpkBuildResult> built =
      DpkMapBuilder( config.value(), catalogue.value(), baseFolder ).build();
  if ( !built.isOk() )
  {
    mErr << tr( "datapakarta refresh: %1" ).arg( built.error() ) << '\n';
    return DpkBuildCommand::buildFailureCode( config.value(), built.error() );
  }

  // The plugin's layers and layouts; the user's own stay as they are.
  const QList<LayoutSpec> specs =
      pluginLayouts( project, built.value().geopackage, config.value(), baseFolder );
  const DpkResult<QList<QgsMapLayer *>> layers =
      DpkProjectUpdater( &project ).apply( built.value(), config.value() );
  DpkResult<QStringList> remade = DpkResult<QStringList>::success( QStringList() );
  if ( layers.isOk() )
    remade = remakeLayouts( project, specs, built.value(), config.value(), baseFolder,
                            options.isSet( QStringLiteral( "--pdf" ) ) );
  const QString failure = !layers.isOk()  ? layers.error()
                          : remade.isOk() ? QString()
                                          : remade.error();
  if ( !failure.isEmpty() )
  {
    mErr << tr( "datapakarta refresh: %1" ).arg( failure ) << '\n';
    return Failure;
  }
  const DpkResult<QString> written = DpkBuildCommand::writeProject( project, projectPath );
  if ( !written.isOk() )
  {
    mErr << tr( "datapakarta refresh: %1" ).arg( written.error() ) << '\n';
    return Failure;
  }

  mOut << tr( "Project: %1" ).arg( written.value() ) << '\n';
  mOut << tr( "School year: %1" ).arg( built.value().period.toString() ) << '\n';
  mOut << tr( "Layers replaced: %1" ).arg( layers.value().size() ) << '\n';
  mOut << tr( "Layouts and files remade: %1" ).arg( remade.value().size() ) << '\n';
  for ( const QString &item : remade.value() )
    mOut << QStringLiteral( "  " ) << item << '\n';
  return Success;
}

DpkResult<DpkRunConfig> DpkRefreshCommand::storedRun( QgsProject &project,
                                                      const QString &period ) const
{
  std::optional<DpkRunConfig> config = DpkProjectUpdater::storedRun( &project );
  if ( !config )
    return DpkResult<DpkRunConfig>::failure(
        tr( "%1: the project holds no run of Data på karta; make one with datapakarta build or "
            "the panel" )
            .arg( project.fileName() ) );
  if ( !period.isEmpty() )
  {
    const DpkResult<DpkPeriod> parsed = DpkPeriod::parse( period );
    if ( !parsed.isOk() )
      return DpkResult<DpkRunConfig>::failure(
          tr( "--period: expected a school year such as \"2025/26\", found \"%1\"" )
              .arg( period ) );
    config->period = parsed.value();
  }
  return DpkResult<DpkRunConfig>::success( *config );
}

QList<DpkRefreshCommand::LayoutSpec> DpkRefreshCommand::pluginLayouts( QgsProject &project,
                                                                       const QString &geopackage,
                                                                       const DpkRunConfig &config,
                                                                       const QString &baseFolder )
{
  // Layouts that do not say their template get the run's, a .qpt path taken from the project.
  QString defaultTemplate = DpkLayoutBuilder::builtInTemplates().first();
  if ( config.hasLayout )
    defaultTemplate = DpkLayoutBuilder::builtInTemplates().contains( config.layout.templateName )
                          ? config.layout.templateName
                          : QDir( baseFolder ).absoluteFilePath( config.layout.templateName );
  QList<LayoutSpec> specs;
  for ( QgsPrintLayout *layout : project.layoutManager()->printLayouts() )
  {
    const QString owner =
        layout->customProperty( DpkProjectUpdater::GEOPACKAGE_PROPERTY ).toString();
    if ( owner.isEmpty() || QDir::cleanPath( owner ) != QDir::cleanPath( geopackage ) )
      continue;
    LayoutSpec spec;
    spec.name = layout->name();
    spec.indicatorId = layout->customProperty( DpkProjectUpdater::INDICATOR_PROPERTY ).toString();
    spec.templateName =
        layout->customProperty( DpkLayoutBuilder::TEMPLATE_PROPERTY, defaultTemplate ).toString();
    spec.atlas = layout->atlas()->enabled();
    specs.append( spec );
  }
  return specs;
}

DpkResult<QStringList>
DpkRefreshCommand::remakeLayouts( QgsProject &project, const QList<LayoutSpec> &specs,
                                  const DpkBuildResult &result, const DpkRunConfig &config,
                                  const QString &baseFolder, bool exportPdf ) const
{
  QStringList remade;
  QStringList names;
  DpkLayoutBuilder builder( &project );
  for ( const LayoutSpec &spec : specs )
  {
    const DpkResult<QgsPrintLayout *> layout =
        builder.build( result, spec.indicatorId, spec.templateName, spec.atlas );
    if ( !layout.isOk() )
      return DpkResult<QStringList>::failure(
          tr( "the layout '%1' cannot be remade: %2" ).arg( spec.name, layout.error() ) );
    names << layout.value()->name();
    remade << layout.value()->name();
    if ( !exportPdf )
      continue;
    const DpkResult<QStringList> files = DpkBuildCommand::exportSheet(
        layout.value(), config, baseFolder, spec.indicatorId, spec.atlas,
        config.hasLayout && config.layout.png && !spec.atlas );
    if ( !files.isOk() )
      return files;
    remade << files.value();
  }

  // A layout of the earlier period that no new layout replaced by name.
  QgsLayoutManager *manager = project.layoutManager();
  for ( const LayoutSpec &spec : specs )
  {
    if ( names.contains( spec.name ) )
      continue;
    if ( QgsMasterLayoutInterface *earlier = manager->layoutByName( spec.name ) )
      manager->removeLayout( earlier );
  }
  return DpkResult<QStringList>::success( remade );
}

QString DpkRefreshCommand::helpText()
{
  return tr( "Usage: datapakarta refresh <project.qgz> [--period <school year>] [--pdf]\n"
             "                           [--catalogue <file>]\n"
             "\n"
             "Repeats the run stored in a QGIS project made by datapakarta build or the panel:\n"
             "rebuilds its GeoPackage, replaces the plugin's layers and remakes the plugin's\n"
             "layouts (titles, source lines, atlas) for the new data. Your own layers and\n"
             "layouts stay. Relative paths in the stored run are taken from the project's\n"
             "folder. The project is written back only when everything succeeded.\n"
             "\n"
             "  --period     the school year to map, such as 2025/26; by default the stored one\n"
             "  --pdf        also export the remade layouts to PDF into the run's output folder\n"
             "  --catalogue  an organisation's indicator catalogue on top of the built-in one\n"
             "\n"
             "Exit codes: 0 success, 1 the output could not be written, 2 bad project, period or\n"
             "input, 3 source unavailable.\n" );
}
