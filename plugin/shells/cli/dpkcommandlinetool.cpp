#include "dpkcommandlinetool.h"

#include "dpkbuildcommand.h"
#include "dpkdemocommand.h"
#include "dpkindicatorscommand.h"
#include "dpkinspectcommand.h"
#include "dpkinstallplugincommand.h"
#include "dpkinstallprojecttemplatecommand.h"
#include "dpkmetadata.h"
#include "dpkrefreshcommand.h"

#include <QTextStream>

namespace
{
template <typename Command>
std::unique_ptr<DpkCommand> create( QTextStream &out, QTextStream &err )
{
  return std::make_unique<Command>( out, err );
}
} // namespace

int DpkCommandLineTool::run( const QStringList &arguments )
{
  const QString verb = arguments.value( 0 );
  if ( verb == QLatin1String( "--version" ) )
  {
    mOut << QStringLiteral( "datapakarta %1\n" ).arg( QStringLiteral( DPK_PLUGIN_VERSION ) );
    return Success;
  }
  if ( verb.isEmpty() || verb == QLatin1String( "--help" ) || verb == QLatin1String( "-h" ) )
  {
    mOut << helpText();
    return verb.isEmpty() ? BadInput : Success;
  }

  for ( const Verb &known : verbs() )
  {
    if ( verb == QLatin1String( known.name ) )
    {
      const std::unique_ptr<DpkCommand> command = known.create( mOut, mErr );
      command->setTerminalColumns( terminalColumns() );
      return command->finish( command->run( arguments.mid( 1 ) ) );
    }
  }

  mErr << tr( "datapakarta: unknown command '%1'; see datapakarta --help" ).arg( verb ) << '\n';
  return BadInput;
}

DpkResult<QString> DpkCommandLineTool::chosenLanguage( QStringList &arguments,
                                                       const QString &systemLocale )
{
  QString language = systemLocale.left( 2 ).toLower() == QLatin1String( "sv" )
                         ? QStringLiteral( "sv" )
                         : QStringLiteral( "en" );
  const int index = arguments.indexOf( QStringLiteral( "--lang" ) );
  if ( index < 0 )
    return DpkResult<QString>::success( language );

  language = arguments.value( index + 1 );
  if ( language != QLatin1String( "sv" ) && language != QLatin1String( "en" ) )
  {
    return DpkResult<QString>::failure(
        tr( "datapakarta: unknown language '%1' after --lang; expected sv or en" )
            .arg( language ) );
  }
  arguments.removeAt( index + 1 );
  arguments.removeAt( index );
  return DpkResult<QString>::success( language );
}

const QList<DpkCommandLineTool::Verb> &DpkCommandLineTool::verbs()
{
  static const QList<Verb> known = {
      { "inspect", &create<DpkInspectCommand> },
      { "build", &create<DpkBuildCommand> },
      { "refresh", &create<DpkRefreshCommand> },
      { "demo", &create<DpkDemoCommand> },
      { "indicators", &create<DpkIndicatorsCommand> },
      { "install-plugin", &create<DpkInstallPluginCommand> },
      { "install-project-template", &create<DpkInstallProjectTemplateCommand> },
  };
  return known;
}

QString DpkCommandLineTool::helpText()
{
  return tr( "Usage: datapakarta [--lang sv|en] <command> [options]\n"
             "\n"
             "Maps of school results for Swedish municipalities, from Skolverket's statistics.\n"
             "\n"
             "Commands:\n"
             "  inspect <file-or-URL> [--municipality <code>] [--format json|table]\n"
             "          [--catalogue <file>] [--cache <folder>]\n"
             "                           print what a Skolverket export (CSV or XLSX) or the\n"
             "                           API at a base URL holds: each school's figures with\n"
             "                           their status and period, then a summary\n"
             "  build --config <run.json> [--quiet] [--json]\n"
             "                           make the GeoPackage and the QGIS project of a run;\n"
             "                           see datapakarta build --help\n"
             "  refresh <project.qgz> [--period <school year>] [--pdf] [--quiet] [--json]\n"
             "                           repeat the run stored in a project, for instance for\n"
             "                           a new school year; see datapakarta refresh --help\n"
             "  demo --out <folder> [--quiet] [--json]\n"
             "                           make a map, project and PDFs from built-in demo data,\n"
             "                           without a network; see datapakarta demo --help\n"
             "  indicators [--format json|table] [--catalogue <file>]\n"
             "                           print the indicator catalogue; --catalogue reads an\n"
             "                           organisation's catalogue on top of the built-in one\n"
             "  install-plugin <module>  copy the QGIS plugin module into your QGIS profile\n"
             "                           and enable it\n"
             "  install-project-template [--folder <folder>]\n"
             "                           install the plugin's project template into QGIS's\n"
             "                           project template folder\n"
             "  --version                print the version\n"
             "  --help                   print this help\n"
             "\n"
             "--lang chooses the language of messages; by default it follows LANG and LC_ALL.\n"
             "build, refresh and demo show their progress on the error stream (a bar on a\n"
             "terminal, plain lines otherwise; none with --quiet) and end with a summary, which\n"
             "--json prints as one JSON object instead.\n"
             "\n"
             "Exit codes:\n"
             "  0  success\n"
             "  1  the output could not be written\n"
             "  2  bad input: unknown command or option, unreadable file, bad configuration\n"
             "  3  source unavailable: a web service failed (HTTP error, time-out)\n"
             "  4  partial result: printed, but rows were rejected or the source was not read\n"
             "     completely\n"
             "  130  interrupted by Ctrl-C or SIGTERM: earlier files are as they were; a second\n"
             "       Ctrl-C ends the tool at once\n" );
}
