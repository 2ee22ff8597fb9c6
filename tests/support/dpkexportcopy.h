#ifndef DPKEXPORTCOPY_H
#define DPKEXPORTCOPY_H

#include <qgsfeatureiterator.h>
#include <qgsvectorlayer.h>

#include <QDir>
#include <QFile>
#include <QList>
#include <QLocale>

#include <gtest/gtest.h>

//! The real national export in the shared data, read in place.
inline QString dpkRealExportPath()
{
  return QStringLiteral( DPK_REALDATA_DIR "/skolverket-export/Grundskola - Slutbetyg årskurs 9, "
                                          "samtliga elever 2025 Skolenhet.csv" );
}

/**
 * \brief Writes a copy of the real export into \a folder as if it were the export of the school
 * year \a period, with every numeric merit rating (the last column) of the municipality
 * \a municipality changed by \a change points, and returns the copy's path.
 *
 * Skolverket publishes one file per school year and the shared data hold only 2024/25; a refresh
 * to another school year needs a second file whose figures differ. Everything else in the copy,
 * marks and footnotes included, stays as published. When the real export is missing, the test
 * fails with one message and an empty path is returned, which the caller must ASSERT on.
 */
inline QString dpkWriteExportOfPeriod( const QString &folder, const QString &period,
                                       const QString &municipality, double change )
{
  QFile source( dpkRealExportPath() );
  if ( !source.open( QIODevice::ReadOnly ) )
  {
    ADD_FAILURE() << "the shared real export is missing: " << source.fileName().toStdString()
                  << " (set DPK_REALDATA_DIR to the folder of the shared real data)";
    return QString();
  }
  const QList<QByteArray> lines = source.readAll().split( '\n' );
  const QByteArray publishedPeriod( "Valt l\xc3\xa4s\xc3\xa5r: 2024/25" );
  const QLocale swedish( QLocale::Swedish, QLocale::Sweden );

  QList<QByteArray> changed;
  int periodLines = 0;
  for ( QByteArray line : lines )
  {
    if ( line.contains( publishedPeriod ) )
    {
      line.replace( publishedPeriod, QByteArray( "Valt l\xc3\xa4s\xc3\xa5r: " ) + period.toUtf8() );
      ++periodLines;
    }
    QList<QByteArray> fields = line.split( ';' );
    if ( fields.size() == 11 && fields.at( 3 ) == municipality.toUtf8() )
    {
      bool number = false;
      const double merit =
          swedish.toDouble( QString::fromUtf8( fields.last() ).trimmed(), &number );
      if ( number )
        fields.last() = swedish.toString( merit + change, 'f', 1 ).toUtf8();
      line = fields.join( ';' );
    }
    changed << line;
  }
  EXPECT_EQ( periodLines, 1 ) << "the real export no longer names its school year as expected";

  const QString path = QDir( folder ).filePath(
      QStringLiteral( "export-%1.csv" ).arg( QString( period ).replace( '/', '-' ) ) );
  QFile copy( path );
  if ( !copy.open( QIODevice::WriteOnly ) )
  {
    ADD_FAILURE() << "the copy of the export cannot be written: " << path.toStdString();
    return QString();
  }
  copy.write( changed.join( '\n' ) );
  return path;
}

/**
 * \brief Expects the merit rating of Fredrikshovs slotts skola (Stockholm, 64065082) in the school
 * layer \a schools to be its published 311,2 changed by \a change points, as in a copy written
 * by dpkWriteExportOfPeriod(): the figure that shows a refresh read the copy, not the original.
 */
inline void dpkExpectChangedMerit( QgsVectorLayer *schools, double change )
{
  const double published = 311.2;
  int found = 0;
  QgsFeature school;
  QgsFeatureIterator features = schools->getFeatures();
  while ( features.nextFeature( school ) )
  {
    if ( school.attribute( QStringLiteral( "skolenhetskod" ) ).toString() !=
         QLatin1String( "64065082" ) )
      continue;
    EXPECT_NEAR( school.attribute( QStringLiteral( "meritvarde" ) ).toDouble(), published + change,
                 0.01 );
    ++found;
  }
  EXPECT_EQ( found, 1 ) << "Fredrikshovs slotts skola (64065082) is not in "
                        << schools->name().toStdString();
}

#endif // DPKEXPORTCOPY_H
