#include "dpklanguage.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTranslator>

QString DpkLanguage::sCurrent = QStringLiteral( "en" );

DpkLanguage::~DpkLanguage()
{
  remove();
}

bool DpkLanguage::install( const QString &locale )
{
  remove();

  const QString language = locale.left( 2 ).toLower();
  if ( !translatedLanguages().contains( language ) )
    return false;

  auto *translator = new QTranslator();
  if ( !translator->load(
           QStringLiteral( ":/datapakarta/i18n/datapakarta_%1.qm" ).arg( language ) ) )
  {
    delete translator;
    return false;
  }
  QCoreApplication::installTranslator( translator );
  mTranslator = translator;
  sCurrent = language;
  return true;
}

void DpkLanguage::remove()
{
  if ( !mTranslator )
    return;
  QCoreApplication::removeTranslator( mTranslator );
  delete mTranslator;
  mTranslator = nullptr;
  sCurrent = QStringLiteral( "en" );
}

QString DpkLanguage::current()
{
  return sCurrent;
}

QStringList DpkLanguage::translatedLanguages()
{
  return { QStringLiteral( "sv" ) };
}
