#ifndef DPKEXPORTCOPY_H
#define DPKEXPORTCOPY_H

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
 * marks and footnotes included, stays as published.
 */
inline QString dpkWriteExportOfPeriod( const QString &folder, const QString &period,
                                       const QString &municipality, double change )
{
  QFile source( dpkRealExportPath() );
  EXPECT_TRUE( source.open( QIODevice::ReadOnly ) )
      << "the shared real export is missing: " << source.fileName().toStdString();
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
  EXPECT_TRUE( copy.open( QIODevice::WriteOnly ) ) << path.toStdString();
  copy.write( changed.join( '\n' ) );
  return path;
}

#endif // DPKEXPORTCOPY_H
