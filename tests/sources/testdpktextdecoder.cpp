#include "dpktextdecoder.h"

#include <gtest/gtest.h>

namespace
{
DpkTextDecoder::Decoded decoded( const QByteArray &bytes )
{
  const DpkResult<DpkTextDecoder::Decoded> result = DpkTextDecoder::decode( bytes );
  EXPECT_TRUE( result.isOk() ) << result.error().toStdString();
  return result.isOk() ? result.value() : DpkTextDecoder::Decoded();
}
} // namespace

TEST( DpkTextDecoder, ReadsUtf8WithByteOrderMarkWithoutKeepingTheMark )
{
  const DpkTextDecoder::Decoded text = decoded( QByteArray( "\xEF\xBB\xBFV\xC3\xA4xj\xC3\xB6" ) );
  EXPECT_EQ( text.encoding, DpkTextDecoder::Encoding::Utf8WithBom );
  EXPECT_EQ( text.text, QStringLiteral( "Växjö" ) );
}

TEST( DpkTextDecoder, ReadsUtf8WithoutByteOrderMark )
{
  const DpkTextDecoder::Decoded text = decoded( QByteArray( "Valt l\xC3\xA4s\xC3\xA5r" ) );
  EXPECT_EQ( text.encoding, DpkTextDecoder::Encoding::Utf8 );
  EXPECT_EQ( text.text, QStringLiteral( "Valt läsår" ) );
  EXPECT_EQ( text.firstInvalidUtf8Line, 0 );
}

TEST( DpkTextDecoder, ReadsWindows1252WhenTheBytesAreNotUtf8 )
{
  // "Älmhult – Skåne" with the en dash (0x96) and the letters of Windows-1252.
  const DpkTextDecoder::Decoded text =
      decoded( QByteArray( "line one\n\xC4lmhult \x96 Sk\xE5ne \x80" ) );
  EXPECT_EQ( text.encoding, DpkTextDecoder::Encoding::Windows1252 );
  EXPECT_EQ( text.text, QStringLiteral( "line one\nÄlmhult – Skåne €" ) );
  EXPECT_EQ( text.firstInvalidUtf8Line, 2 );
}

TEST( DpkTextDecoder, MapsEveryWindows1252ByteToOneCharacter )
{
  QByteArray everyByte;
  for ( int byte = 1; byte < 256; ++byte )
    everyByte.append( static_cast<char>( byte ) );
  const QString text = DpkTextDecoder::fromWindows1252( everyByte );
  ASSERT_EQ( text.size(), 255 );
  EXPECT_EQ( text.at( 0x80 - 1 ), QChar( 0x20AC ) );
  EXPECT_EQ( text.at( 0x9F - 1 ), QChar( 0x0178 ) );
  EXPECT_EQ( text.at( 0x8A - 1 ), QChar( 0x0160 ) );
  EXPECT_EQ( text.at( 0xE4 - 1 ), QChar( 0x00E4 ) );
  EXPECT_EQ( text.at( 0x81 - 1 ), QChar( 0x0081 ) );
}

TEST( DpkTextDecoder, RefusesOverlongAndSurrogateFormsAsUtf8 )
{
  EXPECT_EQ( decoded( QByteArray( "\xC0\xAF" ) ).encoding, DpkTextDecoder::Encoding::Windows1252 );
  EXPECT_EQ( decoded( QByteArray( "\xED\xA0\x80" ) ).encoding,
             DpkTextDecoder::Encoding::Windows1252 );
  EXPECT_EQ( decoded( QByteArray( "\xF4\x90\x80\x80" ) ).encoding,
             DpkTextDecoder::Encoding::Windows1252 );
  EXPECT_EQ( decoded( QByteArray( "\xF0\x9F\x98\x80" ) ).encoding, DpkTextDecoder::Encoding::Utf8 );
}

TEST( DpkTextDecoder, ReadsEachLineOfAMixedFileInItsOwnEncoding )
{
  const DpkTextDecoder::Decoded text =
      decoded( QByteArray( "\xEF\xBB\xBFG\xC3\xB6teborg\nV\xE4xj\xF6\n\xC3\x85re" ) );
  EXPECT_EQ( text.encoding, DpkTextDecoder::Encoding::Mixed );
  EXPECT_EQ( text.firstInvalidUtf8Line, 2 );
  EXPECT_EQ( text.text, QStringLiteral( "Göteborg\nVäxjö\nÅre" ) );
}

TEST( DpkTextDecoder, LeavesTheByteOrderMarkOutOfWindows1252Text )
{
  const DpkTextDecoder::Decoded text = decoded( QByteArray( "\xEF\xBB\xBFV\xE4xj\xF6" ) );
  EXPECT_EQ( text.encoding, DpkTextDecoder::Encoding::Windows1252 );
  EXPECT_EQ( text.text, QStringLiteral( "Växjö" ) );
}

TEST( DpkTextDecoder, SaysWhenUtf8EndsInsideACharacter )
{
  const DpkTextDecoder::Decoded text = decoded( QByteArray( "G\xC3\xB6teborg;V\xC3" ) );
  EXPECT_EQ( text.encoding, DpkTextDecoder::Encoding::Utf8 );
  EXPECT_TRUE( text.endsInsideCharacter );
  EXPECT_EQ( text.text, QStringLiteral( "Göteborg;V" ) );
}

TEST( DpkTextDecoder, TakesALastLoneLetterOfWindows1252ForWhatItIs )
{
  // 0xE5 could begin a UTF-8 character, but without other UTF-8 it is Windows-1252's "å".
  const DpkTextDecoder::Decoded text = decoded( QByteArray( "Sk\xE5" ) );
  EXPECT_EQ( text.encoding, DpkTextDecoder::Encoding::Windows1252 );
  EXPECT_EQ( text.text, QStringLiteral( "Skå" ) );
}

TEST( DpkTextDecoder, RefusesUtf16AndBinaryData )
{
  const DpkResult<DpkTextDecoder::Decoded> utf16 =
      DpkTextDecoder::decode( QByteArray( "\xFF\xFES\0k\0", 6 ) );
  ASSERT_FALSE( utf16.isOk() );
  EXPECT_TRUE( utf16.error().contains( QStringLiteral( "UTF-16" ) ) );

  const DpkResult<DpkTextDecoder::Decoded> binary =
      DpkTextDecoder::decode( QByteArray( "PK\x03\x04\0\0", 6 ) );
  ASSERT_FALSE( binary.isOk() );
  EXPECT_TRUE( binary.error().contains( QStringLiteral( "byte 5" ) ) )
      << binary.error().toStdString();
}

TEST( DpkTextDecoder, NamesTheEncodings )
{
  EXPECT_EQ( DpkTextDecoder::encodingName( DpkTextDecoder::Encoding::Windows1252 ),
             QStringLiteral( "Windows-1252" ) );
  EXPECT_EQ( DpkTextDecoder::encodingName( DpkTextDecoder::Encoding::Utf8 ),
             QStringLiteral( "UTF-8" ) );
}
