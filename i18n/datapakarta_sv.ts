<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>DpkCommandLineTool</name>
    <message>
        <source>datapakarta: unknown command '%1'; see datapakarta --help</source>
        <translation>datapakarta: okänt kommando '%1'; se datapakarta --help</translation>
    </message>
    <message>
        <source>datapakarta install-plugin: expected the path of the plugin module (libdatapakartaplugin.so)</source>
        <translation>datapakarta install-plugin: väntade sökvägen till pluginmodulen (libdatapakartaplugin.so)</translation>
    </message>
    <message>
        <source>datapakarta install-plugin: %1</source>
        <translation>datapakarta install-plugin: %1</translation>
    </message>
    <message>
        <source>Installed %1 and enabled it in the QGIS profile %2</source>
        <translation>Installerade %1 och aktiverade den i QGIS-profilen %2</translation>
    </message>
    <message>
        <source>Usage: datapakarta &lt;command&gt; [options]

Maps of school results for Swedish municipalities, from Skolverket's statistics.

Commands:
  install-plugin &lt;module&gt;  copy the QGIS plugin module into your QGIS profile
                           and enable it
  --version                print the version
  --help                   print this help

Exit codes: 0 success, 2 bad input, 3 source unavailable.
</source>
        <translation>Användning: datapakarta &lt;kommando&gt; [flaggor]

Kartor över skolresultat för svenska kommuner, ur Skolverkets statistik.

Kommandon:
  install-plugin &lt;modul&gt;   kopiera QGIS-pluginmodulen till din QGIS-profil
                           och aktivera den
  --version                skriv ut versionen
  --help                   skriv ut den här hjälpen

Slutkoder: 0 lyckades, 2 felaktig indata, 3 källan går inte att nå.
</translation>
    </message>
</context>
<context>
    <name>DpkDockWidget</name>
    <message>
        <source>Data på karta</source>
        <translation>Data på karta</translation>
    </message>
    <message>
        <source>Maps of school results from Skolverket's statistics, by school and by area.</source>
        <translation>Kartor över skolresultat ur Skolverkets statistik, per skola och per område.</translation>
    </message>
    <message>
        <source>Skolverket's marks</source>
        <translation>Skolverkets markeringar</translation>
    </message>
    <message>
        <source>Mark</source>
        <translation>Markering</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Betydelse</translation>
    </message>
    <message>
        <source>No figure based on fewer pupils than an indicator's minimum group is ever shown, in any layer, label, table or print.</source>
        <translation>Inget värde som bygger på färre elever än indikatorns minsta grupp visas någonsin, varken i lager, etiketter, tabeller eller utskrifter.</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
</context>
<context>
    <name>DpkPeriod</name>
    <message>
        <source>'%1' is not a school year; expected a year such as 2024/25</source>
        <translation>'%1' är inget läsår; ett läsår skrivs som 2024/25</translation>
    </message>
    <message>
        <source>'%1' is not a school year: the second year must follow the first, as in 2024/25</source>
        <translation>'%1' är inget läsår: det andra året måste följa på det första, som i 2024/25</translation>
    </message>
</context>
<context>
    <name>DpkPlugin</name>
    <message>
        <source>Data på karta</source>
        <translation>Data på karta</translation>
    </message>
    <message>
        <source>Show or hide the Data på karta panel</source>
        <translation>Visa eller dölj panelen Data på karta</translation>
    </message>
</context>
<context>
    <name>DpkQgisProfileInstaller</name>
    <message>
        <source>%1: no plugin module there</source>
        <translation>%1: ingen pluginmodul där</translation>
    </message>
    <message>
        <source>%1: the folder cannot be created</source>
        <translation>%1: mappen kan inte skapas</translation>
    </message>
    <message>
        <source>%1: the module cannot be written</source>
        <translation>%1: modulen kan inte skrivas</translation>
    </message>
    <message>
        <source>%1: the QGIS settings cannot be written</source>
        <translation>%1: QGIS-inställningarna kan inte skrivas</translation>
    </message>
</context>
<context>
    <name>DpkValue</name>
    <message>
        <source>'%1' is not a value: expected a number such as 93,5 or one of Skolverket's marks (.., ., -, ~100, *, cirka N)</source>
        <translation>'%1' är inget värde: väntade ett tal som 93,5 eller någon av Skolverkets markeringar (.., ., -, ~100, *, cirka N)</translation>
    </message>
    <message>
        <source>unknown valueType '%1' for the value '%2': expected EXISTS, OMITTED_DUE_TO_BASED_ON_FEW_PUPILS, MISSING, ROUNDED_OFF_DUE_TO_FEW_PUPILS_NOT_ELIGIBLE or TEACHERS_EXCLUDED_DUE_TO_NO_REQUIRED_LEGITIMATION</source>
        <translation>okänd valueType '%1' för värdet '%2': väntade EXISTS, OMITTED_DUE_TO_BASED_ON_FEW_PUPILS, MISSING, ROUNDED_OFF_DUE_TO_FEW_PUPILS_NOT_ELIGIBLE eller TEACHERS_EXCLUDED_DUE_TO_NO_REQUIRED_LEGITIMATION</translation>
    </message>
    <message>
        <source>published figure</source>
        <translation>publicerat värde</translation>
    </message>
    <message>
        <source>suppressed: based on too few pupils</source>
        <translation>prickat: bygger på för få elever</translation>
    </message>
    <message>
        <source>missing: no figure published</source>
        <translation>saknas: inget värde publicerat</translation>
    </message>
    <message>
        <source>not set: no grade given</source>
        <translation>ej satt: inget betyg givet</translation>
    </message>
    <message>
        <source>near 100: 1 to 4 pupils did not reach it</source>
        <translation>nära 100: 1 till 4 elever nådde det inte</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>ej tillämpligt</translation>
    </message>
    <message>
        <source>approximate count, rounded to tens</source>
        <translation>ungefärligt antal, avrundat till tiotal</translation>
    </message>
</context>
</TS>