#include "dpktextdecoder.h"

namespace
{
//! What one UTF-8 sequence starting at a byte turned out to be.
enum class SequenceKind
{
  Valid,
  Invalid,
  CutOffAtEnd, //!< A valid start whose remaining bytes are missing because the data end.
};

struct Sequence
{
  SequenceKind kind = SequenceKind::Invalid;
  int length = 1;
};

//! Checks the UTF-8 sequence at \a pos, refusing overlong forms, surrogates and code points
//! above U+10FFFF, as the UTF-8 definition does.
Sequence utf8SequenceAt( const QByteArray &bytes, int pos )
{
  const auto byteAt = [ &bytes ]( int i ) { return static_cast<unsigned char>( bytes.at( i ) ); };
  const unsigned char lead = byteAt( pos );
  if ( lead < 0x80 )
    return { SequenceKind::Valid, 1 };

  int length = 0;
  unsigned char secondLow = 0x80;
  unsigned char secondHigh = 0xBF;
  if ( lead >= 0xC2 && lead <= 0xDF )
    length = 2;
  else if ( lead >= 0xE0 && lead <= 0xEF )
  {
    length = 3;
    secondLow = lead == 0xE0 ? 0xA0 : 0x80;
    secondHigh = lead == 0xED ? 0x9F : 0xBF;
  }
  else if ( lead >= 0xF0 && lead <= 0xF4 )
  {
    length = 4;
    secondLow = lead == 0xF0 ? 0x90 : 0x80;
    secondHigh = lead == 0xF4 ? 0x8F : 0xBF;
  }
  else
    return { SequenceKind::Invalid, 1 };

  for ( int i = 1; i < length; ++i )
  {
    if ( pos + i >= bytes.size() )
      return { SequenceKind::CutOffAtEnd, bytes.size() - pos };
    const unsigned char next = byteAt( pos + i );
    const unsigned char low = i == 1 ? secondLow : 0x80;
    const unsigned char high = i == 1 ? secondHigh : 0xBF;
    if ( next < low || next > high )
      return { SequenceKind::Invalid, 1 };
  }
  return { SequenceKind::Valid, length };
}

//! What a pass over bytes found out about them as UTF-8.
struct Utf8Scan
{
  int firstInvalidLine = 0;  //!< 1-based line of the first byte that is not UTF-8, or 0.
  int cutOffAt = -1;         //!< Offset of a character cut off by the end of the bytes, or -1.
  bool sawMultibyte = false; //!< True when valid characters beyond ASCII occur.
  int lastLine = 1;          //!< The line the bytes end on.
};

Utf8Scan scanUtf8( const QByteArray &bytes )
{
  Utf8Scan scan;
  for ( int pos = 0; pos < bytes.size(); )
  {
    const Sequence sequence = utf8SequenceAt( bytes, pos );
    if ( sequence.kind == SequenceKind::Invalid && scan.firstInvalidLine == 0 )
      scan.firstInvalidLine = scan.lastLine;
    else if ( sequence.kind == SequenceKind::CutOffAtEnd )
      scan.cutOffAt = pos;
    else if ( sequence.kind == SequenceKind::Valid && sequence.length > 1 )
      scan.sawMultibyte = true;
    if ( bytes.at( pos ) == '\n' )
      ++scan.lastLine;
    pos += sequence.length;
  }
  return scan;
}

// Windows-1252 differs from Latin-1 only in 0x80-0x9F. The five bytes the code page leaves
// undefined keep the control character of the same number, as web browsers do.
constexpr char16_t WINDOWS_1252_HIGH_CONTROLS[ 32 ] = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
};
} // namespace

DpkResult<DpkTextDecoder::Decoded> DpkTextDecoder::decode( const QByteArray &bytes )
{
  if ( bytes.startsWith( "\xFF\xFE" ) || bytes.startsWith( "\xFE\xFF" ) )
  {
    return DpkResult<Decoded>::failure(
        tr( "the text is UTF-16, which is not read; save the file as UTF-8 (CSV) instead" ) );
  }
  const int nulOffset = bytes.indexOf( '\0' );
  if ( nulOffset >= 0 )
  {
    return DpkResult<Decoded>::failure(
        tr( "byte %1 is a NUL byte, so this is not a text file in UTF-8 or Windows-1252 "
            "(perhaps UTF-16, or a spreadsheet saved under a .csv name)" )
            .arg( nulOffset + 1 ) );
  }

  const bool hasBom = bytes.startsWith( "\xEF\xBB\xBF" );
  const QByteArray content = hasBom ? bytes.mid( 3 ) : bytes;
  const Utf8Scan scan = scanUtf8( content );
  Decoded decoded;
  decoded.firstInvalidUtf8Line = scan.firstInvalidLine;

  // Bytes cut in the middle of a character are UTF-8 cut off only when the rest holds UTF-8
  // letters; otherwise a last Windows-1252 letter such as 'å' would look like the start of one.
  if ( scan.cutOffAt >= 0 && !scan.sawMultibyte && decoded.firstInvalidUtf8Line == 0 )
    decoded.firstInvalidUtf8Line = scan.lastLine;

  if ( decoded.firstInvalidUtf8Line == 0 )
  {
    decoded.encoding = hasBom ? Encoding::Utf8WithBom : Encoding::Utf8;
    decoded.endsInsideCharacter = scan.cutOffAt >= 0;
    decoded.text =
        QString::fromUtf8( scan.cutOffAt >= 0 ? content.left( scan.cutOffAt ) : content );
  }
  else if ( scan.sawMultibyte )
  {
    // Lines pasted together from differently saved files: each line is read in the encoding
    // it is valid in, which keeps both kinds of letters right.
    decoded.encoding = Encoding::Mixed;
    for ( const QByteArray &line : content.split( '\n' ) )
    {
      if ( !decoded.text.isNull() )
        decoded.text.append( QLatin1Char( '\n' ) );
      const Utf8Scan lineScan = scanUtf8( line );
      decoded.text.append( lineScan.firstInvalidLine == 0 && lineScan.cutOffAt < 0
                               ? QString::fromUtf8( line )
                               : fromWindows1252( line ) );
    }
  }
  else
  {
    decoded.encoding = Encoding::Windows1252;
    decoded.text = fromWindows1252( content );
  }
  return DpkResult<Decoded>::success( decoded );
}

QString DpkTextDecoder::encodingName( Encoding encoding )
{
  switch ( encoding )
  {
  case Encoding::Utf8:
    return QStringLiteral( "UTF-8" );
  case Encoding::Utf8WithBom:
    return tr( "UTF-8 with byte-order mark" );
  case Encoding::Windows1252:
    return QStringLiteral( "Windows-1252" );
  case Encoding::Mixed:
    return tr( "UTF-8 mixed with Windows-1252" );
  }
  return QString();
}

QString DpkTextDecoder::fromWindows1252( const QByteArray &bytes )
{
  QString text;
  text.reserve( bytes.size() );
  for ( const char byte : bytes )
  {
    const unsigned char code = static_cast<unsigned char>( byte );
    if ( code >= 0x80 && code <= 0x9F )
      text.append( QChar( WINDOWS_1252_HIGH_CONTROLS[ code - 0x80 ] ) );
    else
      text.append( QChar( code ) );
  }
  return text;
}
