#include "dpkdockwidget.h"
#include "dpklanguage.h"
#include "dpkplugin.h"
#include "dpkpluginhost.h"

#include <QFile>
#include <QLabel>
#include <QXmlStreamReader>

#include <gtest/gtest.h>

namespace
{
QString marksTitleIn( const QString &locale )
{
  DpkLanguage language;
  language.install( locale );
  DpkDockWidget dock;
  return dock.findChild<QLabel *>( QStringLiteral( "DataPaKartaMarksTitle" ) )->text();
}
} // namespace

TEST( DpkTranslation, PanelFollowsTheInterfaceLanguage )
{
  EXPECT_EQ( marksTitleIn( QStringLiteral( "sv_SE" ) ),
             QStringLiteral( "Skolverkets markeringar" ) );
  EXPECT_EQ( marksTitleIn( QStringLiteral( "en_GB" ) ), QStringLiteral( "Skolverket's marks" ) );
}

TEST( DpkTranslation, RemovingTheLanguageRestoresEnglish )
{
  DpkLanguage language;
  ASSERT_TRUE( language.install( QStringLiteral( "sv" ) ) );
  language.remove();
  DpkDockWidget dock;
  EXPECT_EQ( dock.findChild<QLabel *>( QStringLiteral( "DataPaKartaMarksTitle" ) )->text(),
             QStringLiteral( "Skolverket's marks" ) );
}

TEST( DpkTranslation, SwedishTranslationIsComplete )
{
  QFile file( QStringLiteral( DPK_SOURCE_DIR "/i18n/datapakarta_sv.ts" ) );
  ASSERT_TRUE( file.open( QIODevice::ReadOnly ) ) << file.fileName().toStdString();

  QXmlStreamReader xml( &file );
  int messages = 0;
  QStringList untranslated;
  QString source;
  while ( !xml.atEnd() )
  {
    xml.readNext();
    if ( !xml.isStartElement() )
      continue;
    if ( xml.name() == QLatin1String( "source" ) )
    {
      source = xml.readElementText();
      ++messages;
    }
    else if ( xml.name() == QLatin1String( "translation" ) )
    {
      const QString type = xml.attributes().value( QLatin1String( "type" ) ).toString();
      const QString text = xml.readElementText( QXmlStreamReader::IncludeChildElements );
      if ( !type.isEmpty() || text.isEmpty() )
        untranslated << source;
    }
  }
  ASSERT_FALSE( xml.hasError() ) << xml.errorString().toStdString();
  EXPECT_GT( messages, 10 );
  EXPECT_TRUE( untranslated.isEmpty() )
      << untranslated.join( QStringLiteral( "\n" ) ).toStdString();
}
