#include "dpkprogressprinter.h"

#include <QTextStream>

#include <sys/ioctl.h>
#include <unistd.h>

#include <algorithm>
#include <cmath>

namespace
{
//! The narrowest bar worth drawing, and the width of a terminal that does not tell its own.
constexpr int MINIMUM_BAR = 10;
constexpr int DEFAULT_COLUMNS = 80;
} // namespace

DpkProgressPrinter::DpkProgressPrinter( QTextStream &stream, Style style, int columns )
  : mStream( stream )
  , mStyle( style )
  , mColumns( columns > 0 ? columns : DEFAULT_COLUMNS )
{
}

DpkProgressPrinter::~DpkProgressPrinter()
{
  finish();
}

DpkProgressPrinter::Style DpkProgressPrinter::styleFor( bool quiet, int terminalColumns )
{
  if ( quiet )
    return Style::Silent;
  return terminalColumns > 0 ? Style::Bar : Style::Lines;
}

int DpkProgressPrinter::terminalColumns( int fd )
{
  if ( isatty( fd ) != 1 )
    return 0;
  winsize size{};
  if ( ioctl( fd, TIOCGWINSZ, &size ) == 0 && size.ws_col > 0 )
    return size.ws_col;
  return DEFAULT_COLUMNS;
}

void DpkProgressPrinter::setStep( const QString &step )
{
  mStep = step;
  show();
}

void DpkProgressPrinter::setProgress( double percent )
{
  mPercent = static_cast<int>( std::floor( std::clamp( percent, 0.0, 100.0 ) ) );
  show();
}

void DpkProgressPrinter::finish()
{
  if ( !mShownBar.isEmpty() )
  {
    mStream << '\n';
    mStream.flush();
  }
  mShownBar.clear();
}

QString DpkProgressPrinter::barLine( int percent, const QString &step, int columns )
{
  // "[#####-----] 45 %  step", the step cut to what is left of the line.
  const int width = std::max( columns - 1, 0 );
  const QString figure = tr( "%1 %" ).arg( percent, 3 );
  // A terminal too narrow for the bar gets the percentage alone, so that the line never wraps.
  if ( width < MINIMUM_BAR + 7 )
    return figure.trimmed().left( width ).leftJustified( width, QLatin1Char( ' ' ) );
  const int barWidth = std::clamp( width / 3, MINIMUM_BAR, 40 );
  const int done = barWidth * std::clamp( percent, 0, 100 ) / 100;
  QString line = QStringLiteral( "[%1%2] %3" )
                     .arg( QString( done, QLatin1Char( '#' ) ),
                           QString( barWidth - done, QLatin1Char( '-' ) ), figure );
  if ( !step.isEmpty() )
    line += QStringLiteral( "  " ) + step;
  if ( line.size() > width )
    line = line.left( width - 1 ) + QChar( 0x2026 );
  return line.leftJustified( width, QLatin1Char( ' ' ) );
}

void DpkProgressPrinter::show()
{
  switch ( mStyle )
  {
  case Style::Silent:
    return;

  case Style::Lines:
  {
    const int tenth = mPercent / 10;
    if ( tenth <= mPrintedTenth && mStep == mPrintedStep )
      return;
    mPrintedTenth = std::max( tenth, mPrintedTenth );
    mPrintedStep = mStep;
    mStream << tr( "%1 %" ).arg( mPercent );
    if ( !mStep.isEmpty() )
      mStream << QStringLiteral( "  " ) << mStep;
    mStream << '\n';
    mStream.flush();
    return;
  }

  case Style::Bar:
  {
    const QString line = barLine( mPercent, mStep, mColumns );
    if ( line == mShownBar )
      return;
    mShownBar = line;
    mStream << '\r' << line;
    mStream.flush();
    return;
  }
  }
}
