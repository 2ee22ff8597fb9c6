#include "dpkcommandlinetool.h"
#include "dpkcommandrun.h"
#include "dpkindicatorcatalogue.h"
#include "dpkmetadata.h"

#include <gtest/gtest.h>

namespace
{
DpkCommandRun run( const QStringList &arguments )
{
  return DpkCommandRun::of<DpkCommandLineTool>( arguments );
}
} // namespace

TEST( DpkCommandLineTool, PrintsTheVersionFromMetadata )
{
  const DpkCommandRun result = run( { QStringLiteral( "--version" ) } );
  EXPECT_EQ( result.exitCode, DpkCommandLineTool::Success );
  EXPECT_EQ( result.out, QStringLiteral( "datapakarta " DPK_PLUGIN_VERSION "\n" ) );
}

TEST( DpkCommandLineTool, PrintsHelp )
{
  const DpkCommandRun result = run( { QStringLiteral( "--help" ) } );
  EXPECT_EQ( result.exitCode, DpkCommandLineTool::Success );
  EXPECT_TRUE( result.out.startsWith( QStringLiteral( "Usage: datapakarta" ) ) );
  EXPECT_TRUE( result.out.contains( QStringLiteral( "--version" ) ) );
}

TEST( DpkCommandLineTool, RejectsAnUnknownCommandByName )
{
  const DpkCommandRun result = run( { QStringLiteral( "paint" ) } );
  EXPECT_EQ( result.exitCode, DpkCommandLineTool::BadInput );
  EXPECT_TRUE( result.err.contains( QStringLiteral( "'paint'" ) ) );
  EXPECT_TRUE( result.out.isEmpty() );
}

TEST( DpkCommandLineTool, WithoutCommandPrintsHelpAndFails )
{
  const DpkCommandRun result = run( {} );
  EXPECT_EQ( result.exitCode, DpkCommandLineTool::BadInput );
  EXPECT_TRUE( result.out.contains( QStringLiteral( "Usage:" ) ) );
}

TEST( DpkCommandLineTool, HandsTheRemainingArgumentsToTheVerb )
{
  const DpkCommandRun result = run(
      { QStringLiteral( "indicators" ), QStringLiteral( "--format" ), QStringLiteral( "json" ) } );
  ASSERT_EQ( result.exitCode, DpkCommandLineTool::Success ) << result.err.toStdString();
  const DpkResult<DpkIndicatorCatalogue> printed =
      DpkIndicatorCatalogue::fromJson( result.out.toUtf8(), QStringLiteral( "stdout" ) );
  ASSERT_TRUE( printed.isOk() ) << printed.error().toStdString();
  EXPECT_EQ( printed.value().indicators().size(), 14 );

  const DpkCommandRun build = run( { QStringLiteral( "build" ), QStringLiteral( "--help" ) } );
  EXPECT_EQ( build.exitCode, DpkCommandLineTool::Success );
  EXPECT_TRUE( build.out.startsWith( QStringLiteral( "Usage: datapakarta build" ) ) );

  const DpkCommandRun refresh = run( { QStringLiteral( "refresh" ), QStringLiteral( "--help" ) } );
  EXPECT_EQ( refresh.exitCode, DpkCommandLineTool::Success );
  EXPECT_TRUE( refresh.out.startsWith( QStringLiteral( "Usage: datapakarta refresh" ) ) );
}

TEST( DpkCommandLineTool, HelpNamesEveryCommandAndTheExitCodes )
{
  const QString help = DpkCommandLineTool::helpText();
  for ( const QString &usage :
        { QStringLiteral( "indicators [--format json|table]" ),
          QStringLiteral( "inspect <file-or-URL>" ), QStringLiteral( "build --config <run.json>" ),
          QStringLiteral( "install-plugin <module>" ),
          QStringLiteral( "refresh <project.qgz> [--period <school year>] [--pdf]" ) } )
    EXPECT_TRUE( help.contains( usage ) ) << usage.toStdString();
  for ( int code : { 0, 1, 2, 3, 4 } )
    EXPECT_TRUE( help.contains( QStringLiteral( "\n  %1  " ).arg( code ) ) ) << code;
}

TEST( DpkCommandLineTool, TakesTheLanguageFromTheLocaleUnlessLangIsGiven )
{
  QStringList arguments{ QStringLiteral( "inspect" ), QStringLiteral( "x.csv" ) };
  EXPECT_EQ( DpkCommandLineTool::chosenLanguage( arguments, QStringLiteral( "sv_SE" ) ).value(),
             QStringLiteral( "sv" ) );
  EXPECT_EQ( DpkCommandLineTool::chosenLanguage( arguments, QStringLiteral( "C" ) ).value(),
             QStringLiteral( "en" ) );
  EXPECT_EQ( arguments.size(), 2 );

  arguments = QStringList{ QStringLiteral( "--lang" ), QStringLiteral( "en" ),
                           QStringLiteral( "indicators" ) };
  EXPECT_EQ( DpkCommandLineTool::chosenLanguage( arguments, QStringLiteral( "sv_SE" ) ).value(),
             QStringLiteral( "en" ) );
  EXPECT_EQ( arguments, QStringList{ QStringLiteral( "indicators" ) } );
}

TEST( DpkCommandLineTool, RefusesAnUnknownLanguageByName )
{
  QStringList arguments{ QStringLiteral( "--lang" ), QStringLiteral( "de" ) };
  const DpkResult<QString> language =
      DpkCommandLineTool::chosenLanguage( arguments, QStringLiteral( "sv_SE" ) );
  ASSERT_FALSE( language.isOk() );
  EXPECT_TRUE( language.error().contains( QStringLiteral( "'de'" ) ) );
}
