#include "dpkcommandoptions.h"

#include <gtest/gtest.h>

namespace
{
DpkCommandOptions inspectOptions()
{
  DpkCommandOptions options( QStringLiteral( "datapakarta inspect" ),
                             QStringLiteral( "<file> [--format json|table] [--quiet]" ) );
  options.addValueOption( QStringLiteral( "--format" ) );
  options.addFlag( QStringLiteral( "--quiet" ) );
  options.setMaximumPositional( 1 );
  return options;
}
} // namespace

TEST( DpkCommandOptions, ReadsValuesFlagsAndPlainArgumentsInAnyOrder )
{
  DpkCommandOptions options = inspectOptions();
  ASSERT_EQ( options.parse( { QStringLiteral( "--quiet" ), QStringLiteral( "export.csv" ),
                              QStringLiteral( "--format" ), QStringLiteral( "json" ) } ),
             QString() );
  EXPECT_TRUE( options.isSet( QStringLiteral( "--quiet" ) ) );
  EXPECT_EQ( options.value( QStringLiteral( "--format" ) ), QStringLiteral( "json" ) );
  EXPECT_EQ( options.positional(), QStringList{ QStringLiteral( "export.csv" ) } );
}

TEST( DpkCommandOptions, GivesTheDefaultForAnOptionNotGiven )
{
  DpkCommandOptions options = inspectOptions();
  ASSERT_EQ( options.parse( {} ), QString() );
  EXPECT_FALSE( options.isSet( QStringLiteral( "--format" ) ) );
  EXPECT_EQ( options.value( QStringLiteral( "--format" ), QStringLiteral( "table" ) ),
             QStringLiteral( "table" ) );
}

TEST( DpkCommandOptions, NamesAnUnknownOptionAndWhatWasExpected )
{
  DpkCommandOptions options = inspectOptions();
  const QString error = options.parse( { QStringLiteral( "--colour" ) } );
  EXPECT_TRUE( error.startsWith( QStringLiteral( "datapakarta inspect: " ) ) );
  EXPECT_TRUE( error.contains( QStringLiteral( "'--colour'" ) ) );
  EXPECT_TRUE( error.contains( QStringLiteral( "[--format json|table]" ) ) );
}

TEST( DpkCommandOptions, NamesAnOptionWithoutItsValue )
{
  DpkCommandOptions options = inspectOptions();
  const QString error =
      options.parse( { QStringLiteral( "a.csv" ), QStringLiteral( "--format" ) } );
  EXPECT_TRUE( error.contains( QStringLiteral( "'--format'" ) ) ) << error.toStdString();
}

TEST( DpkCommandOptions, RefusesMorePlainArgumentsThanDeclared )
{
  DpkCommandOptions options = inspectOptions();
  const QString error = options.parse( { QStringLiteral( "a.csv" ), QStringLiteral( "b.csv" ) } );
  EXPECT_TRUE( error.contains( QStringLiteral( "'b.csv'" ) ) ) << error.toStdString();
}
