#ifndef DPKPDFPAGES_H
#define DPKPDFPAGES_H

#include <QProcess>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <gtest/gtest.h>

//! Returns the number of pages pdfinfo (poppler-utils) reads in \a pdf; fails the test if it
//! cannot.
inline int dpkPdfPages( const QString &pdf )
{
  QProcess process;
  process.start( QStringLiteral( "pdfinfo" ), { pdf } );
  EXPECT_TRUE( process.waitForFinished( 60000 ) ) << "pdfinfo (poppler-utils) did not run";
  EXPECT_EQ( process.exitCode(), 0 )
      << pdf.toStdString() << ": " << process.readAllStandardError().toStdString();
  static const QRegularExpression pages( QStringLiteral( "^Pages:\\s+(\\d+)" ),
                                         QRegularExpression::MultilineOption );
  const QRegularExpressionMatch match =
      pages.match( QString::fromUtf8( process.readAllStandardOutput() ) );
  return match.hasMatch() ? match.captured( 1 ).toInt() : -1;
}

/**
 * Returns the text pdftotext (poppler-utils) reads in \a pdf, of one \a page or (0) of all, with
 * whitespace made single: pdftotext breaks lines where the page does. Fails the test if it cannot.
 */
inline QString dpkPdfText( const QString &pdf, int page = 0 )
{
  QStringList arguments;
  if ( page > 0 )
    arguments << QStringLiteral( "-f" ) << QString::number( page ) << QStringLiteral( "-l" )
              << QString::number( page );
  arguments << pdf << QStringLiteral( "-" );
  QProcess process;
  process.start( QStringLiteral( "pdftotext" ), arguments );
  EXPECT_TRUE( process.waitForFinished( 60000 ) ) << "pdftotext (poppler-utils) did not run";
  EXPECT_EQ( process.exitCode(), 0 )
      << pdf.toStdString() << ": " << process.readAllStandardError().toStdString();
  return QString::fromUtf8( process.readAllStandardOutput() ).simplified();
}

#endif // DPKPDFPAGES_H
