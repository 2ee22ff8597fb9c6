#include "dpkdemodata.h"
#include "dpkindicatorcatalogue.h"
#include "dpklayoutbuilder.h"
#include "dpklayoutexporter.h"
#include "dpkmapbuilder.h"
#include "dpkpdfpages.h"
#include "dpkprojectupdater.h"

#include <qgslayermetadata.h>
#include <qgsmaplayer.h>
#include <qgsprintlayout.h>
#include <qgsproject.h>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace
{
DpkRunConfig demoRun( const QString &folder )
{
  const DpkResult<QString> runFile = DpkDemoData::write( folder, QStringLiteral( "out" ) );
  EXPECT_TRUE( runFile.isOk() ) << runFile.error().toStdString();
  QFile file( runFile.value() );
  EXPECT_TRUE( file.open( QIODevice::ReadOnly ) );
  const DpkResult<DpkRunConfig> config = DpkRunConfig::fromJson( file.readAll(), runFile.value() );
  EXPECT_TRUE( config.isOk() ) << config.error().toStdString();
  return config.isOk() ? config.value() : DpkRunConfig();
}
} // namespace

TEST( DpkDemoData, WritesARunThatNamesInventedDataAsItsSource )
{
  QTemporaryDir work;
  const DpkRunConfig run = demoRun( work.path() );
  EXPECT_EQ( run.sourceName, QStringLiteral( "invented demo data" ) );
  EXPECT_EQ( run.municipality, DpkDemoData::MUNICIPALITY );
}

TEST( DpkDemoData, ItsSheetAndLayersSayTheFiguresAreInventedNotSkolverkets )
{
  QTemporaryDir work;
  const DpkRunConfig run = demoRun( work.path() );
  const DpkResult<DpkIndicatorCatalogue> catalogue =
      DpkIndicatorCatalogue::builtInWith( QString() );
  ASSERT_TRUE( catalogue.isOk() ) << catalogue.error().toStdString();
  const DpkResult<DpkBuildResult> built =
      DpkMapBuilder( run, catalogue.value(), work.path() ).build();
  ASSERT_TRUE( built.isOk() ) << built.error().toStdString();
  QgsProject project;
  const DpkResult<QList<QgsMapLayer *>> layers =
      DpkProjectUpdater( &project ).apply( built.value(), run );
  ASSERT_TRUE( layers.isOk() ) << layers.error().toStdString();

  // The layers' metadata credit the demo, not Skolverket.
  for ( const QgsMapLayer *layer : layers.value() )
  {
    const QString rights = layer->metadata().rights().join( QLatin1Char( ' ' ) );
    EXPECT_TRUE( rights.contains( QStringLiteral( "invented demo data" ) ) )
        << rights.toStdString();
    EXPECT_FALSE( rights.contains( QStringLiteral( "Skolverket" ) ) ) << rights.toStdString();
  }

  // The printed sheet's source line says the same.
  const DpkResult<QgsPrintLayout *> sheet =
      DpkLayoutBuilder( &project )
          .build( built.value(), QStringLiteral( "meritvarde" ), QStringLiteral( "a4-landscape" ) );
  ASSERT_TRUE( sheet.isOk() ) << sheet.error().toStdString();
  const QString pdf = QDir( work.path() ).filePath( QStringLiteral( "demo.pdf" ) );
  const DpkResult<QString> exported = DpkLayoutExporter::exportPdf( sheet.value(), pdf );
  ASSERT_TRUE( exported.isOk() ) << exported.error().toStdString();
  const QString text = dpkPdfText( pdf );
  EXPECT_TRUE(
      text.contains( QStringLiteral( "Source: invented demo data, school year 2024/25" ) ) )
      << text.toStdString();
  EXPECT_FALSE( text.contains( QStringLiteral( "Skolverket" ) ) ) << text.toStdString();
}
