#include "dpklayoutbuilder.h"
#include "dpklayoutexporter.h"
#include "dpkmapbuilder.h"
#include "dpkprojectupdater.h"
#include "dpkstockholmfixture.h"

#include <qgsfeedback.h>
#include <qgslayoutatlas.h>
#include <qgslayoutitemmap.h>
#include <qgslayoutmanager.h>
#include <qgsprintlayout.h>
#include <qgsproject.h>
#include <qgsrenderer.h>
#include <qgsrulebasedrenderer.h>
#include <qgssymbol.h>
#include <qgsvectorlayer.h>

#include <QCryptographicHash>
#include <QDir>
#include <QImage>
#include <QProcess>

#include <gtest/gtest.h>

class DpkLayoutExporterOnStockholm : public DpkStockholmFixture
{
protected:
  // Builds the Stockholm case into mProject and makes the meritvärde sheet (or atlas).
  void makeSheet( bool atlas = false )
  {
    const DpkResult<DpkBuildResult> built =
        DpkMapBuilder( mConfig, mCatalogue, mWork.path() ).build();
    ASSERT_TRUE( built.isOk() ) << built.error().toStdString();
    const DpkResult<QList<QgsMapLayer *>> added =
        DpkProjectUpdater( &mProject ).apply( built.value(), mConfig );
    ASSERT_TRUE( added.isOk() ) << added.error().toStdString();
    const DpkResult<QgsPrintLayout *> layout =
        DpkLayoutBuilder( &mProject )
            .build( built.value(), QStringLiteral( "meritvarde" ), QStringLiteral( "a4-landscape" ),
                    atlas );
    ASSERT_TRUE( layout.isOk() ) << layout.error().toStdString();
    mLayout = layout.value();
    for ( QgsMapLayer *layer : mProject.mapLayers() )
    {
      if ( layer->customProperty( DpkProjectUpdater::ROLE_PROPERTY ).toString() ==
               QLatin1String( "areas" ) &&
           layer->customProperty( DpkProjectUpdater::INDICATOR_PROPERTY ).toString() ==
               QLatin1String( "meritvarde" ) )
        mAreas = qobject_cast<QgsVectorLayer *>( layer );
    }
    ASSERT_NE( mAreas, nullptr );
  }

  // Runs one of poppler's tools and returns what it printed; fails the test if it cannot run.
  static QString run( const QString &program, const QStringList &arguments )
  {
    QProcess process;
    process.start( program, arguments );
    EXPECT_TRUE( process.waitForFinished( 60000 ) )
        << program.toStdString() << " (poppler-utils) did not run";
    EXPECT_EQ( process.exitCode(), 0 )
        << program.toStdString() << ": " << process.readAllStandardError().toStdString();
    // Ligatures such as "fi" come out as one character: compatibility forms split them.
    return QString::fromUtf8( process.readAllStandardOutput() )
        .normalized( QString::NormalizationForm_KC );
  }

  static QByteArray digest( const QString &path )
  {
    QFile file( path );
    if ( !file.open( QIODevice::ReadOnly ) )
      return QByteArray();
    return QCryptographicHash::hash( file.readAll(), QCryptographicHash::Sha256 );
  }

  QgsProject mProject;
  QgsPrintLayout *mLayout = nullptr;
  QgsVectorLayer *mAreas = nullptr;
};

namespace
{
// Returns the texts and colours of the classes of \a layer's legend.
QList<std::pair<QString, QColor>> legendClasses( QgsVectorLayer *layer )
{
  QList<std::pair<QString, QColor>> classes;
  for ( const QgsLegendSymbolItem &item : layer->renderer()->legendSymbolItems() )
    classes.append( { item.label(), item.symbol() ? item.symbol()->color() : QColor() } );
  return classes;
}

// Returns true when \a image has a pixel within \a tolerance of \a color inside \a area.
bool hasColor( const QImage &image, const QRect &area, const QColor &color, int tolerance )
{
  for ( int y = area.top(); y <= area.bottom(); ++y )
  {
    for ( int x = area.left(); x <= area.right(); ++x )
    {
      const QColor pixel = image.pixelColor( x, y );
      if ( std::abs( pixel.red() - color.red() ) <= tolerance &&
           std::abs( pixel.green() - color.green() ) <= tolerance &&
           std::abs( pixel.blue() - color.blue() ) <= tolerance )
        return true;
    }
  }
  return false;
}
} // namespace

TEST_F( DpkLayoutExporterOnStockholm, WritesASheetWithTitleLegendSuppressionNoteAndSource )
{
  ASSERT_NO_FATAL_FAILURE( makeSheet() );
  const QString pdf = mWork.filePath( QStringLiteral( "meritvarde.pdf" ) );
  const DpkResult<QString> exported = DpkLayoutExporter::exportPdf( mLayout, pdf );
  ASSERT_TRUE( exported.isOk() ) << exported.error().toStdString();

  // pdftotext breaks lines where the page does: compare with whitespace made single.
  const QString text =
      run( QStringLiteral( "pdftotext" ), { pdf, QStringLiteral( "-" ) } ).simplified();
  const QString title = mLayout->customProperty( DpkLayoutBuilder::PDF_TITLE_PROPERTY ).toString();
  EXPECT_TRUE( text.contains( title ) ) << title.toStdString() << "\n" << text.toStdString();
  for ( const auto &legendClass : legendClasses( mAreas ) )
    EXPECT_TRUE( text.contains( legendClass.first ) ) << legendClass.first.toStdString();
  EXPECT_TRUE( text.contains( QStringLiteral( "Suppressed: fewer than 10 pupils" ) ) );
  EXPECT_TRUE(
      text.contains( QStringLiteral( "No figure resting on fewer than 10 pupils is shown" ) ) )
      << text.toStdString();
  EXPECT_TRUE(
      text.contains( QStringLiteral( "Source: Skolverket, school year 2024/25, retrieved" ) ) )
      << text.toStdString();

  const QString info = run( QStringLiteral( "pdfinfo" ), { pdf } );
  EXPECT_TRUE( info.contains( QStringLiteral( "Title:" ) ) && info.contains( title ) )
      << info.toStdString();
  EXPECT_TRUE( info.contains( QStringLiteral( "Author:" ) ) ) << info.toStdString();
  EXPECT_TRUE( info.simplified().contains( QStringLiteral( "Pages: 1 " ) ) ) << info.toStdString();
}

TEST_F( DpkLayoutExporterOnStockholm, TheRenderedMapShowsTheLegendsColours )
{
  ASSERT_NO_FATAL_FAILURE( makeSheet() );
  const QString pdf = mWork.filePath( QStringLiteral( "meritvarde.pdf" ) );
  const DpkResult<QString> exported = DpkLayoutExporter::exportPdf( mLayout, pdf );
  ASSERT_TRUE( exported.isOk() ) << exported.error().toStdString();
  const int dpi = 100;
  run( QStringLiteral( "pdftoppm" ),
       { QStringLiteral( "-r" ), QString::number( dpi ), QStringLiteral( "-png" ),
         QStringLiteral( "-singlefile" ), pdf, mWork.filePath( QStringLiteral( "page" ) ) } );
  const QImage page( mWork.filePath( QStringLiteral( "page.png" ) ) );
  ASSERT_FALSE( page.isNull() );

  // The map item's rectangle on the page, in pixels, a little inside its frame.
  auto *map = qobject_cast<QgsLayoutItemMap *>( mLayout->itemById( QStringLiteral( "map" ) ) );
  ASSERT_NE( map, nullptr );
  const double pixelsPerMm = dpi / 25.4;
  const QRectF mm = map->sceneBoundingRect();
  const QRect area( int( mm.left() * pixelsPerMm ) + 3, int( mm.top() * pixelsPerMm ) + 3,
                    int( mm.width() * pixelsPerMm ) - 6, int( mm.height() * pixelsPerMm ) - 6 );

  int coloured = 0;
  for ( int y = area.top(); y <= area.bottom(); ++y )
  {
    for ( int x = area.left(); x <= area.right(); ++x )
      coloured += page.pixelColor( x, y ) != QColor( Qt::white ) ? 1 : 0;
  }
  EXPECT_GT( coloured, area.width() * area.height() / 5 ) << "the map area is nearly blank";

  // Every class of the areas with a figure is drawn in its legend colour.
  const QString noFigure = QStringLiteral( "IS NULL" );
  auto *renderer = dynamic_cast<QgsRuleBasedRenderer *>( mAreas->renderer() );
  ASSERT_NE( renderer, nullptr );
  int classes = 0;
  for ( QgsRuleBasedRenderer::Rule *rule : renderer->rootRule()->children() )
  {
    if ( rule->filterExpression().contains( noFigure ) )
      continue;
    ++classes;
    EXPECT_TRUE( hasColor( page, area, rule->symbol()->color(), 3 ) )
        << rule->label().toStdString() << " " << rule->symbol()->color().name().toStdString();
  }
  EXPECT_GE( classes, 3 );
}

TEST_F( DpkLayoutExporterOnStockholm, WritesAnAtlasPageNamingEachOfTheThirteenAreas )
{
  ASSERT_NO_FATAL_FAILURE( makeSheet( true ) );
  const QString pdf = mWork.filePath( QStringLiteral( "atlas.pdf" ) );
  const DpkResult<QString> exported = DpkLayoutExporter::exportPdf( mLayout, pdf );
  ASSERT_TRUE( exported.isOk() ) << exported.error().toStdString();

  const QString info = run( QStringLiteral( "pdfinfo" ), { pdf } );
  EXPECT_TRUE( info.simplified().contains( QStringLiteral( "Pages: 13 " ) ) ) << info.toStdString();

  QStringList names;
  QgsFeature area;
  QgsFeatureIterator areas = mAreas->getFeatures();
  while ( areas.nextFeature( area ) )
    names << area.attribute( QStringLiteral( "namn" ) ).toString();
  ASSERT_EQ( names.size(), 13 );
  names.sort();
  for ( int page = 1; page <= 13; ++page )
  {
    const QString text =
        run( QStringLiteral( "pdftotext" ),
             { QStringLiteral( "-f" ), QString::number( page ), QStringLiteral( "-l" ),
               QString::number( page ), pdf, QStringLiteral( "-" ) } )
            .simplified();
    const QString expected = names.at( page - 1 );
    EXPECT_TRUE( text.contains( expected ) )
        << "page " << page << " should name " << expected.toStdString();
    EXPECT_TRUE( text.contains( QStringLiteral( "Page %1 of 13" ).arg( page ) ) );
  }
}

TEST_F( DpkLayoutExporterOnStockholm, AFailedExportLeavesTheEarlierPdfInPlace )
{
  ASSERT_NO_FATAL_FAILURE( makeSheet( true ) );
  const QString pdf = mWork.filePath( QStringLiteral( "atlas.pdf" ) );
  ASSERT_TRUE( DpkLayoutExporter::exportPdf( mLayout, pdf ).isOk() );
  const QByteArray before = digest( pdf );
  ASSERT_FALSE( before.isEmpty() );

  // An atlas whose filter leaves no area has nothing to print.
  QString error;
  mLayout->atlas()->setFilterFeatures( true );
  ASSERT_TRUE( mLayout->atlas()->setFilterExpression( QStringLiteral( "false" ), error ) );
  const DpkResult<QString> failed = DpkLayoutExporter::exportPdf( mLayout, pdf );
  ASSERT_FALSE( failed.isOk() );
  EXPECT_TRUE( failed.error().contains( pdf ) ) << failed.error().toStdString();
  EXPECT_EQ( digest( pdf ), before );
  EXPECT_EQ( QDir( mWork.path() ).entryList( { QStringLiteral( "*partial*" ) } ).size(), 0 );

  // A folder that cannot be written to.
  const QString unwritable = mWork.filePath( QStringLiteral( "atlas.pdf/sheet.pdf" ) );
  const DpkResult<QString> nowhere = DpkLayoutExporter::exportPdf( mLayout, unwritable );
  ASSERT_FALSE( nowhere.isOk() );
  EXPECT_TRUE( nowhere.error().contains( unwritable ) ) << nowhere.error().toStdString();
  EXPECT_EQ( digest( pdf ), before );
}

TEST_F( DpkLayoutExporterOnStockholm, WritesThePageAsAPng )
{
  ASSERT_NO_FATAL_FAILURE( makeSheet() );
  const QString png = mWork.filePath( QStringLiteral( "meritvarde.png" ) );
  const DpkResult<QString> exported = DpkLayoutExporter::exportPng( mLayout, png, nullptr, 50 );
  ASSERT_TRUE( exported.isOk() ) << exported.error().toStdString();
  const QImage image( png );
  ASSERT_FALSE( image.isNull() );
  // A4 landscape at 50 dots per inch.
  EXPECT_NEAR( image.width(), 297 / 25.4 * 50, 2 );
  EXPECT_NEAR( image.height(), 210 / 25.4 * 50, 2 );
}

TEST_F( DpkLayoutExporterOnStockholm, APngExportReportsItsProgressAndCanBeCancelled )
{
  ASSERT_NO_FATAL_FAILURE( makeSheet() );
  const QString png = mWork.filePath( QStringLiteral( "meritvarde.png" ) );
  QgsFeedback feedback;
  QList<double> progress;
  QObject::connect( &feedback, &QgsFeedback::progressChanged,
                    [ &progress ]( double percent ) { progress << percent; } );
  const DpkResult<QString> exported = DpkLayoutExporter::exportPng( mLayout, png, &feedback, 30 );
  ASSERT_TRUE( exported.isOk() ) << exported.error().toStdString();
  ASSERT_FALSE( progress.isEmpty() );
  EXPECT_DOUBLE_EQ( progress.last(), 100.0 );

  // Cancelled while the page renders: the image is dropped and the earlier file stays.
  const QByteArray before = digest( png );
  QObject::connect( &feedback, &QgsFeedback::progressChanged, &feedback, &QgsFeedback::cancel );
  const DpkResult<QString> cancelled = DpkLayoutExporter::exportPng( mLayout, png, &feedback, 30 );
  ASSERT_FALSE( cancelled.isOk() );
  EXPECT_TRUE( cancelled.error().contains( QStringLiteral( "cancelled" ) ) )
      << cancelled.error().toStdString();
  EXPECT_EQ( digest( png ), before );
  EXPECT_TRUE( QDir( mWork.path() ).entryList( { QStringLiteral( "*partial*" ) } ).isEmpty() );
}
