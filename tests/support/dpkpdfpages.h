#ifndef DPKPDFPAGES_H
#define DPKPDFPAGES_H

#include <QProcess>
#include <QRegularExpression>
#include <QString>

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

#endif // DPKPDFPAGES_H
