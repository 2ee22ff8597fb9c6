#include "dpkcommandrun.h"
#include "dpkindicatorcatalogue.h"
#include "dpkindicatorscommand.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <gtest/gtest.h>

TEST( DpkIndicatorsCommand, ListsTheIndicatorCatalogueAsATable )
{
  const DpkCommandRun result = DpkCommandRun::of<DpkIndicatorsCommand>( {} );
  ASSERT_EQ( result.exitCode, DpkCommand::Success ) << result.err.toStdString();
  EXPECT_TRUE( result.err.isEmpty() );

  const QStringList lines = result.out.split( QLatin1Char( '\n' ), Qt::SkipEmptyParts );
  ASSERT_EQ( lines.size(), 15 ) << "a header and one line per standard indicator";
  EXPECT_TRUE( lines.first().startsWith( QStringLiteral( "id " ) ) );
  const QString merit = lines.at( 1 );
  EXPECT_TRUE( merit.startsWith( QStringLiteral( "meritvarde " ) ) );
  EXPECT_TRUE( merit.contains( QStringLiteral( "Genomsnittligt meritvärde (17 ämnen)" ) ) );
  EXPECT_TRUE( merit.contains( QStringLiteral( "Average merit rating (17 subjects)" ) ) );
  EXPECT_TRUE( merit.contains( QStringLiteral( "points" ) ) );
  EXPECT_TRUE( merit.endsWith( QStringLiteral( "10" ) ) );
  EXPECT_TRUE( lines.last().startsWith( QStringLiteral( "salsa_alla_amnen_avvikelse " ) ) );
  EXPECT_TRUE( lines.last().endsWith( QStringLiteral( "15" ) ) );
  // Columns line up: the names start at the same place on every line.
  EXPECT_EQ( lines.at( 1 ).indexOf( QStringLiteral( "Genomsnittligt" ) ),
             lines.first().indexOf( QStringLiteral( "Swedish name" ) ) );
}

TEST( DpkIndicatorsCommand, PrintsTheIndicatorCatalogueAsJsonThatReadsBack )
{
  const DpkCommandRun result = DpkCommandRun::of<DpkIndicatorsCommand>(
      { QStringLiteral( "--format" ), QStringLiteral( "json" ) } );
  ASSERT_EQ( result.exitCode, DpkCommand::Success ) << result.err.toStdString();

  const DpkResult<DpkIndicatorCatalogue> printed = DpkIndicatorCatalogue::fromJson(
      result.out.toUtf8(), QStringLiteral( "datapakarta indicators --format json" ) );
  ASSERT_TRUE( printed.isOk() ) << printed.error().toStdString();
  EXPECT_EQ( printed.value().indicators().size(), 14 );
  EXPECT_EQ( printed.value().toJson(), DpkIndicatorCatalogue::builtIn().value().toJson() );
}

TEST( DpkIndicatorsCommand, ListsAnOrganisationCatalogueOnTopOfTheBuiltInOne )
{
  QTemporaryDir folder;
  ASSERT_TRUE( folder.isValid() );
  const QString path = folder.filePath( QStringLiteral( "kommunen.json" ) );
  QJsonObject catalogue =
      QJsonDocument::fromJson( DpkIndicatorCatalogue::builtIn().value().toJson() ).object();
  QJsonObject local =
      catalogue.value( QStringLiteral( "indicators" ) ).toArray().first().toObject();
  local.insert( QStringLiteral( "id" ), QStringLiteral( "lokalt_meritvarde" ) );
  catalogue.insert( QStringLiteral( "indicators" ), QJsonArray{ local } );
  QFile file( path );
  ASSERT_TRUE( file.open( QIODevice::WriteOnly ) );
  file.write( QJsonDocument( catalogue ).toJson() );
  file.close();

  const DpkCommandRun result =
      DpkCommandRun::of<DpkIndicatorsCommand>( { QStringLiteral( "--catalogue" ), path } );
  ASSERT_EQ( result.exitCode, DpkCommand::Success ) << result.err.toStdString();
  const QStringList lines = result.out.split( QLatin1Char( '\n' ), Qt::SkipEmptyParts );
  ASSERT_EQ( lines.size(), 16 );
  EXPECT_TRUE( lines.last().startsWith( QStringLiteral( "lokalt_meritvarde " ) ) );
}

TEST( DpkIndicatorsCommand, ReportsABadOrganisationCatalogueWithFileAndField )
{
  QTemporaryDir folder;
  ASSERT_TRUE( folder.isValid() );
  const QString path = folder.filePath( QStringLiteral( "kommunen.json" ) );
  QFile file( path );
  ASSERT_TRUE( file.open( QIODevice::WriteOnly ) );
  file.write( DpkIndicatorCatalogue::builtIn().value().toJson() );
  file.close();

  // The same ids again, without "replaces": every one collides with the built-in catalogue.
  const DpkCommandRun result =
      DpkCommandRun::of<DpkIndicatorsCommand>( { QStringLiteral( "--catalogue" ), path } );
  EXPECT_EQ( result.exitCode, DpkCommand::BadInput );
  EXPECT_TRUE( result.out.isEmpty() );
  EXPECT_TRUE( result.err.contains( path +
                                    QStringLiteral( ": /indicators/0/id: the id "
                                                    "\"meritvarde\" is already defined in " ) +
                                    DpkIndicatorCatalogue::builtInPath() ) )
      << result.err.toStdString();
}

TEST( DpkIndicatorsCommand, RefusesAnUnknownIndicatorFormatOrOption )
{
  const DpkCommandRun format = DpkCommandRun::of<DpkIndicatorsCommand>(
      { QStringLiteral( "--format" ), QStringLiteral( "xml" ) } );
  EXPECT_EQ( format.exitCode, DpkCommand::BadInput );
  EXPECT_TRUE( format.err.contains( QStringLiteral( "'xml'" ) ) );
  EXPECT_TRUE( format.out.isEmpty() );

  const DpkCommandRun option =
      DpkCommandRun::of<DpkIndicatorsCommand>( { QStringLiteral( "--colour" ) } );
  EXPECT_EQ( option.exitCode, DpkCommand::BadInput );
  EXPECT_TRUE( option.err.contains( QStringLiteral( "'--colour'" ) ) );
}
