#include "dpkgeopackagewriter.h"
#include "dpktestfiles.h"

#include <qgsfeedback.h>
#include <qgsvectorlayer.h>

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace
{
DpkLayerTable pointTable( const QString &name, const QList<QVariant> &values )
{
  DpkLayerTable table;
  table.name = name;
  table.wkbType = QgsWkbTypes::Point;
  table.crs = QgsCoordinateReferenceSystem( QStringLiteral( "EPSG:3006" ) );
  table.fields.append(
      DpkQgisCompat::makeField( QStringLiteral( "meritvarde" ), QMetaType::Double ) );
  for ( int i = 0; i < values.size(); ++i )
  {
    QgsFeature feature( table.fields );
    feature.setGeometry( QgsGeometry::fromPointXY( QgsPointXY( 674000 + i, 6580000 ) ) );
    feature.setAttributes( QgsAttributes( QVector<QVariant>{ values.at( i ) } ) );
    table.features.append( feature );
  }
  return table;
}

} // namespace

TEST( DpkGeoPackageWriter, WritesEveryTableAndKeepsMissingFiguresNull )
{
  QTemporaryDir dir;
  const QString path = dir.filePath( QStringLiteral( "run.gpkg" ) );
  const DpkResult<QString> written = DpkGeoPackageWriter::write(
      path, { pointTable( QStringLiteral( "skolor" ), { 231.5, QVariant() } ),
              pointTable( QStringLiteral( "andra" ), { 1.0 } ) } );
  ASSERT_TRUE( written.isOk() ) << written.error().toStdString();

  QgsVectorLayer schools( path + QStringLiteral( "|layername=skolor" ), QStringLiteral( "s" ),
                          QStringLiteral( "ogr" ) );
  ASSERT_TRUE( schools.isValid() );
  EXPECT_EQ( schools.featureCount(), 2 );
  EXPECT_EQ( schools.crs().authid(), QStringLiteral( "EPSG:3006" ) );
  QgsFeatureIterator it = schools.getFeatures();
  QgsFeature feature;
  QList<QVariant> values;
  while ( it.nextFeature( feature ) )
    values << feature.attribute( QStringLiteral( "meritvarde" ) );
  ASSERT_EQ( values.size(), 2 );
  EXPECT_DOUBLE_EQ( values.at( 0 ).toDouble(), 231.5 );
  EXPECT_TRUE( values.at( 1 ).isNull() ) << "a missing figure must stay NULL, never 0";

  QgsVectorLayer other( path + QStringLiteral( "|layername=andra" ), QStringLiteral( "a" ),
                        QStringLiteral( "ogr" ) );
  EXPECT_EQ( other.featureCount(), 1 );
  EXPECT_FALSE( QFile::exists( dir.filePath( QStringLiteral( ".run.partial.gpkg" ) ) ) );
}

TEST( DpkGeoPackageWriter, ACancelledRunLeavesTheEarlierFileAsItWas )
{
  QTemporaryDir dir;
  const QString path = dir.filePath( QStringLiteral( "run.gpkg" ) );
  ASSERT_TRUE(
      DpkGeoPackageWriter::write( path, { pointTable( QStringLiteral( "skolor" ), { 1.0 } ) } )
          .isOk() );
  const QByteArray before = dpkChecksum( path );

  QgsFeedback feedback;
  feedback.cancel();
  const DpkResult<QString> written = DpkGeoPackageWriter::write(
      path, { pointTable( QStringLiteral( "skolor" ), { 2.0, 3.0 } ) }, &feedback );

  ASSERT_FALSE( written.isOk() );
  EXPECT_TRUE( written.error().contains( QStringLiteral( "cancelled" ) ) );
  EXPECT_EQ( dpkChecksum( path ), before );
  EXPECT_FALSE( QFile::exists( dir.filePath( QStringLiteral( ".run.partial.gpkg" ) ) ) );
}

TEST( DpkGeoPackageWriter, ReplacesAnEarlierFile )
{
  QTemporaryDir dir;
  const QString path = dir.filePath( QStringLiteral( "run.gpkg" ) );
  ASSERT_TRUE(
      DpkGeoPackageWriter::write( path, { pointTable( QStringLiteral( "skolor" ), { 1.0 } ) } )
          .isOk() );
  ASSERT_TRUE( DpkGeoPackageWriter::write(
                   path, { pointTable( QStringLiteral( "skolor" ), { 1.0, 2.0, 3.0 } ) } )
                   .isOk() );
  QgsVectorLayer layer( path + QStringLiteral( "|layername=skolor" ), QStringLiteral( "s" ),
                        QStringLiteral( "ogr" ) );
  EXPECT_EQ( layer.featureCount(), 3 );
}

TEST( DpkGeoPackageWriter, NamesAFolderThatCannotBeCreated )
{
  QTemporaryDir dir;
  QFile blocker( dir.filePath( QStringLiteral( "file" ) ) );
  ASSERT_TRUE( blocker.open( QIODevice::WriteOnly ) );
  blocker.close();
  const QString path = dir.filePath( QStringLiteral( "file/sub/run.gpkg" ) );
  const DpkResult<QString> written =
      DpkGeoPackageWriter::write( path, { pointTable( QStringLiteral( "skolor" ), { 1.0 } ) } );
  ASSERT_FALSE( written.isOk() );
  EXPECT_TRUE( written.error().contains( dir.filePath( QStringLiteral( "file/sub" ) ) ) )
      << written.error().toStdString();
}

TEST( DpkGeoPackageWriter, LeavesAFolderOfTheSameNameAlone )
{
  QTemporaryDir dir;
  const QString path = dir.filePath( QStringLiteral( "run.gpkg" ) );
  ASSERT_TRUE( QDir().mkpath( path ) );
  QFile notes( path + QStringLiteral( "/notes.txt" ) );
  ASSERT_TRUE( notes.open( QIODevice::WriteOnly ) );
  notes.close();

  const DpkResult<QString> written =
      DpkGeoPackageWriter::write( path, { pointTable( QStringLiteral( "skolor" ), { 1.0 } ) } );
  ASSERT_FALSE( written.isOk() );
  EXPECT_TRUE( written.error().contains( path ) ) << written.error().toStdString();
  EXPECT_TRUE( QFile::exists( path + QStringLiteral( "/notes.txt" ) ) );
}
