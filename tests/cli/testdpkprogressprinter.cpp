#include "dpkprogressprinter.h"

#include <QStringList>
#include <QTextStream>

#include <pty.h>
#include <unistd.h>

#include <gtest/gtest.h>

namespace
{
//! Runs \a work on a printer of \a style that writes into a string, and returns what it wrote.
template <typename Work>
QString printed( DpkProgressPrinter::Style style, int columns, Work work )
{
  QString text;
  QTextStream stream( &text );
  {
    DpkProgressPrinter printer( stream, style, columns );
    work( printer );
  }
  stream.flush();
  return text;
}
} // namespace

TEST( DpkProgressPrinter, PrintsAPlainLinePerTenthOfTheWorkAndPerStep )
{
  const QString text = printed( DpkProgressPrinter::Style::Lines, 0,
                                []( DpkProgressPrinter &printer )
                                {
                                  printer.setStep( QStringLiteral( "reading" ) );
                                  for ( const double percent : { 0.0, 4.0, 9.9, 12.5, 17.0, 35.0 } )
                                    printer.setProgress( percent );
                                  printer.setStep( QStringLiteral( "writing" ) );
                                  printer.setProgress( 100.0 );
                                } );
  EXPECT_EQ( text, QStringLiteral( "0 %  reading\n"
                                   "12 %  reading\n"
                                   "35 %  reading\n"
                                   "35 %  writing\n"
                                   "100 %  writing\n" ) );
}

TEST( DpkProgressPrinter, RedrawsOneLineOnATerminalAndEndsItWithANewline )
{
  const int columns = 40;
  const QString text = printed( DpkProgressPrinter::Style::Bar, columns,
                                []( DpkProgressPrinter &printer )
                                {
                                  printer.setStep( QStringLiteral( "building" ) );
                                  for ( int percent = 0; percent <= 100; percent += 5 )
                                    printer.setProgress( percent );
                                } );
  ASSERT_TRUE( text.startsWith( QLatin1Char( '\r' ) ) ) << text.toStdString();
  ASSERT_TRUE( text.endsWith( QLatin1Char( '\n' ) ) ) << text.toStdString();
  EXPECT_EQ( text.count( QLatin1Char( '\n' ) ), 1 );

  const QStringList frames = text.chopped( 1 ).split( QLatin1Char( '\r' ), Qt::SkipEmptyParts );
  EXPECT_EQ( frames.size(), 21 );
  for ( const QString &frame : frames )
    EXPECT_EQ( frame.size(), columns - 1 ) << frame.toStdString();
  EXPECT_TRUE( frames.constLast().contains( QStringLiteral( "100 %  building" ) ) );
}

TEST( DpkProgressPrinter, DoesNotRedrawAnUnchangedBar )
{
  const QString text = printed( DpkProgressPrinter::Style::Bar, 80,
                                []( DpkProgressPrinter &printer )
                                {
                                  for ( const double percent : { 10.0, 10.2, 10.7, 11.0 } )
                                    printer.setProgress( percent );
                                } );
  EXPECT_EQ( text.count( QLatin1Char( '\r' ) ), 2 ) << text.toStdString();
}

TEST( DpkProgressPrinter, FillsTheBarInProportionAndCutsALongStep )
{
  const QString half = DpkProgressPrinter::barLine( 50, QString(), 80 );
  EXPECT_TRUE( half.startsWith(
      QStringLiteral( "[%1%2]  50 %" )
          .arg( QString( 13, QLatin1Char( '#' ) ), QString( 13, QLatin1Char( '-' ) ) ) ) )
      << half.toStdString();

  const QString longStep( 200, QLatin1Char( 'x' ) );
  const QString narrow = DpkProgressPrinter::barLine( 7, longStep, 30 );
  EXPECT_EQ( narrow.size(), 29 );
  EXPECT_TRUE( narrow.endsWith( QChar( 0x2026 ) ) ) << narrow.toStdString();
  EXPECT_TRUE( narrow.contains( QStringLiteral( "  7 %" ) ) ) << narrow.toStdString();
}

TEST( DpkProgressPrinter, KeepsOnlyThePercentageOnATerminalTooNarrowForTheBar )
{
  for ( int columns = 1; columns < 18; ++columns )
  {
    const QString line = DpkProgressPrinter::barLine( 45, QStringLiteral( "building" ), columns );
    EXPECT_EQ( line.size(), columns - 1 ) << columns << ": " << line.toStdString();
    EXPECT_FALSE( line.contains( QLatin1Char( '[' ) ) ) << line.toStdString();
  }
  EXPECT_EQ( DpkProgressPrinter::barLine( 45, QStringLiteral( "building" ), 12 ),
             QStringLiteral( "45 %" ).leftJustified( 11, QLatin1Char( ' ' ) ) );
  EXPECT_EQ( DpkProgressPrinter::barLine( 45, QString(), 18 ).size(), 17 );
}

TEST( DpkProgressPrinter, PrintsNothingWhenQuiet )
{
  EXPECT_EQ( DpkProgressPrinter::styleFor( true, 80 ), DpkProgressPrinter::Style::Silent );
  const QString text = printed( DpkProgressPrinter::Style::Silent, 80,
                                []( DpkProgressPrinter &printer )
                                {
                                  printer.setStep( QStringLiteral( "building" ) );
                                  printer.setProgress( 50 );
                                  printer.finish();
                                } );
  EXPECT_TRUE( text.isEmpty() ) << text.toStdString();
}

TEST( DpkProgressPrinter, DrawsABarOnlyOnATerminal )
{
  EXPECT_EQ( DpkProgressPrinter::styleFor( false, 80 ), DpkProgressPrinter::Style::Bar );
  EXPECT_EQ( DpkProgressPrinter::styleFor( false, 0 ), DpkProgressPrinter::Style::Lines );

  // A pseudo-terminal 72 columns wide is a terminal of that width; a pipe is none.
  int master = -1;
  int slave = -1;
  winsize size{};
  size.ws_col = 72;
  size.ws_row = 24;
  ASSERT_EQ( openpty( &master, &slave, nullptr, nullptr, &size ), 0 );
  EXPECT_EQ( DpkProgressPrinter::terminalColumns( slave ), 72 );
  close( master );
  close( slave );

  int pipeEnds[ 2 ];
  ASSERT_EQ( pipe( pipeEnds ), 0 );
  EXPECT_EQ( DpkProgressPrinter::terminalColumns( pipeEnds[ 1 ] ), 0 );
  close( pipeEnds[ 0 ] );
  close( pipeEnds[ 1 ] );
}
