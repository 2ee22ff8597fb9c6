#include "dpkcommandlinetool.h"
#include "dpkmetadata.h"

#include <QTextStream>

#include <gtest/gtest.h>

namespace
{
struct ToolRun
{
  int exitCode = -1;
  QString out;
  QString err;
};

ToolRun run( const QStringList &arguments )
{
  ToolRun result;
  QTextStream out( &result.out );
  QTextStream err( &result.err );
  DpkCommandLineTool tool( out, err );
  result.exitCode = tool.run( arguments );
  out.flush();
  err.flush();
  return result;
}
} // namespace

TEST( DpkCommandLineTool, PrintsTheVersionFromMetadata )
{
  const ToolRun result = run( { QStringLiteral( "--version" ) } );
  EXPECT_EQ( result.exitCode, DpkCommandLineTool::Success );
  EXPECT_EQ( result.out, QStringLiteral( "datapakarta " DPK_PLUGIN_VERSION "\n" ) );
}

TEST( DpkCommandLineTool, PrintsHelp )
{
  const ToolRun result = run( { QStringLiteral( "--help" ) } );
  EXPECT_EQ( result.exitCode, DpkCommandLineTool::Success );
  EXPECT_TRUE( result.out.startsWith( QStringLiteral( "Usage: datapakarta" ) ) );
  EXPECT_TRUE( result.out.contains( QStringLiteral( "--version" ) ) );
}

TEST( DpkCommandLineTool, RejectsAnUnknownCommandByName )
{
  const ToolRun result = run( { QStringLiteral( "paint" ) } );
  EXPECT_EQ( result.exitCode, DpkCommandLineTool::BadInput );
  EXPECT_TRUE( result.err.contains( QStringLiteral( "'paint'" ) ) );
  EXPECT_TRUE( result.out.isEmpty() );
}

TEST( DpkCommandLineTool, WithoutCommandPrintsHelpAndFails )
{
  const ToolRun result = run( {} );
  EXPECT_EQ( result.exitCode, DpkCommandLineTool::BadInput );
  EXPECT_TRUE( result.out.contains( QStringLiteral( "Usage:" ) ) );
}
